package org.sparsegnn.engine.graph.io;

import java.util.List;

/**
 * A {@code numpy.ndarray} as pickled: {@code numpy.core.multiarray._reconstruct(ndarray, (0,), 'b')} then BUILD
 * with {@code (version, shape, dtype, is_fortran, raw bytes)}. Raw bytes arrive as a latin-1 String in Python-2
 * pickles or as byte[] in later protocols; object arrays (raw data as a list) are refused.
 */
public final class PickledNdArray implements PickledObject {
    private NumericArray array;

    PickledNdArray() {
    }

    public void __setstate__(Object[] state) {
        if (array != null) throw new BadDataException("ndarray state set twice");
        int o = state.length == 5 ? 1 : 0; // numpy writes (version, shape, dtype, fortran, data); old ones omit version
        if (state.length != 4 && state.length != 5) throw new BadDataException("ndarray state has " + state.length + " fields, expected 5");
        if (!(state[o] instanceof Object[] shapeTuple)) throw new BadDataException("ndarray shape is not a tuple");
        if (!(state[o + 1] instanceof PickledDtype dtype)) throw new BadDataException("ndarray dtype is not a numpy dtype");
        boolean fortran = Boolean.TRUE.equals(state[o + 2]) || Integer.valueOf(1).equals(state[o + 2]);
        byte[] raw = rawBytes(state[o + 3]);
        long[] shape = new long[shapeTuple.length];
        for (int i = 0; i < shape.length; i++) {
            if (!(shapeTuple[i] instanceof Number n)) throw new BadDataException("ndarray shape entry is not a number");
            shape[i] = n.longValue();
        }
        array = new NumericArray(shape, dtype.kind(), dtype.itemSize(), dtype.order(), fortran, raw);
    }

    private static byte[] rawBytes(Object data) {
        if (data instanceof byte[] b) return b;
        if (data instanceof String s) {
            byte[] b = new byte[s.length()];
            for (int i = 0; i < b.length; i++) {
                char c = s.charAt(i);
                if (c > 0xff) throw new BadDataException("ndarray data string is not latin-1 bytes");
                b[i] = (byte) c;
            }
            return b;
        }
        if (data instanceof List<?>) throw new BadDataException("object arrays are not supported (ndarray data is a list)");
        throw new BadDataException("ndarray data is " + SafeUnpickler.pythonType(data) + ", not bytes");
    }

    /** The array, or a refusal if BUILD never happened. */
    NumericArray array() {
        if (array == null) throw new BadDataException("ndarray without state");
        return array;
    }
}
