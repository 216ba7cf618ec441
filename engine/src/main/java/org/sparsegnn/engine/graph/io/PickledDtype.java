package org.sparsegnn.engine.graph.io;

import java.nio.ByteOrder;

/**
 * A numpy {@code dtype} as pickled: {@code numpy.dtype("f8", 0, 1)} then BUILD with a state tuple whose second
 * element is the byte order. Only plain numeric kinds are accepted (no object, string or record dtypes).
 */
public final class PickledDtype implements PickledObject {
    private final char kind;
    private final int itemSize;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

    PickledDtype(String code) {
        if (code == null || code.length() < 2) throw new BadDataException("unsupported numpy dtype '" + code + "'");
        String c = code;
        char first = c.charAt(0);
        if (first == '<' || first == '>' || first == '|' || first == '=') {
            order = first == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            c = c.substring(1);
        }
        kind = c.charAt(0);
        int size;
        try {
            size = Integer.parseInt(c.substring(1));
        } catch (NumberFormatException e) {
            throw new BadDataException("unsupported numpy dtype '" + code + "'");
        }
        boolean ok = switch (kind) {
            case 'f' -> size == 4 || size == 8;
            case 'i', 'u' -> size == 1 || size == 2 || size == 4 || size == 8;
            case 'b' -> size == 1;
            default -> false;
        };
        if (!ok) throw new BadDataException("unsupported numpy dtype '" + code + "' (only numeric dtypes are read)");
        itemSize = size;
    }

    /** BUILD state: (version, byteorder, subarray, names, fields, elsize, alignment, flags). */
    public void __setstate__(Object[] state) {
        if (state.length < 2 || !(state[1] instanceof String bo)) {
            throw new BadDataException("numpy dtype state is not (version, byteorder, ...)");
        }
        if (state.length > 3 && state[3] != null) throw new BadDataException("numpy record dtypes are not supported");
        switch (bo) {
            case ">" -> order = ByteOrder.BIG_ENDIAN;
            case "<", "|", "=" -> order = ByteOrder.LITTLE_ENDIAN;
            default -> throw new BadDataException("unknown numpy byte order '" + bo + "'");
        }
    }

    char kind() {
        return kind;
    }

    int itemSize() {
        return itemSize;
    }

    ByteOrder order() {
        return order;
    }

    @Override
    public String toString() {
        return "" + kind + itemSize;
    }
}
