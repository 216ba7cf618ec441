package org.sparsegnn.engine.graph.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A numpy-style n-dimensional numeric array as raw bytes plus dtype and shape, as read from a pickle or an
 * {@code .npy} file. The constructor checks that the shape's element count times the item size equals the byte
 * count, so a header claiming an absurd shape is refused before anything is allocated.
 */
final class NumericArray {
    private final long[] shape;
    private final char kind;
    private final int itemSize;
    private final ByteBuffer buf;
    private final boolean fortran;
    private final int length;

    /**
     * @param kind 'f' float, 'i' signed, 'u' unsigned, 'b' bool
     */
    NumericArray(long[] shape, char kind, int itemSize, ByteOrder order, boolean fortran, byte[] raw) {
        long count = 1;
        for (long d : shape) {
            if (d < 0) throw new BadDataException("negative array dimension " + d);
            try {
                count = Math.multiplyExact(count, d);
            } catch (ArithmeticException e) {
                throw new BadDataException("array shape " + Arrays.toString(shape) + " overflows");
            }
        }
        if (count > Integer.MAX_VALUE || count * itemSize != raw.length) {
            throw new BadDataException("array shape " + Arrays.toString(shape) + " of " + kind + itemSize
                    + " needs " + (count > Integer.MAX_VALUE ? "more than 2^31 elements" : (count * itemSize) + " bytes")
                    + " but the data has " + raw.length);
        }
        this.shape = shape.clone();
        this.kind = kind;
        this.itemSize = itemSize;
        this.buf = ByteBuffer.wrap(raw).order(order);
        this.fortran = fortran;
        this.length = (int) count;
    }

    long[] shape() {
        return shape.clone();
    }

    int ndim() {
        return shape.length;
    }

    int length() {
        return length;
    }

    boolean isFloat() {
        return kind == 'f';
    }

    String dtype() {
        return "" + kind + itemSize;
    }

    /** Element at a C-order (row-major) flat index, whatever the storage order. */
    double getDouble(int flat) {
        return readDouble(storageIndex(flat));
    }

    /** Element as a long; floats must be integral. */
    long getLong(int flat) {
        int s = storageIndex(flat);
        if (kind == 'f') {
            double d = readDouble(s);
            if (d != Math.rint(d) || Math.abs(d) > 9.0e15) throw new BadDataException("non-integer value " + d + " in an index array");
            return (long) d;
        }
        return readLong(s);
    }

    private int storageIndex(int flat) {
        if (!fortran || shape.length < 2) return flat;
        // convert C-order flat index to Fortran-order storage index
        int rem = flat;
        int[] idx = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            idx[d] = (int) (rem % shape[d]);
            rem /= shape[d];
        }
        int s = 0;
        for (int d = shape.length - 1; d >= 0; d--) s = (int) (s * shape[d] + idx[d]);
        return s;
    }

    private double readDouble(int i) {
        if (kind == 'f') return itemSize == 4 ? buf.getFloat(i * 4) : buf.getDouble(i * 8);
        return readLong(i);
    }

    private long readLong(int i) {
        int off = i * itemSize;
        return switch (kind) {
            case 'b' -> buf.get(off) != 0 ? 1 : 0;
            case 'i' -> switch (itemSize) {
                case 1 -> buf.get(off);
                case 2 -> buf.getShort(off);
                case 4 -> buf.getInt(off);
                default -> buf.getLong(off);
            };
            case 'u' -> switch (itemSize) {
                case 1 -> buf.get(off) & 0xffL;
                case 2 -> buf.getShort(off) & 0xffffL;
                case 4 -> buf.getInt(off) & 0xffffffffL;
                default -> buf.getLong(off);
            };
            default -> (long) readDouble(i);
        };
    }

    /** All elements (C order) as ints; values outside the int range are refused. */
    int[] toIntArray(String what) {
        int[] out = new int[length];
        for (int i = 0; i < length; i++) {
            long v = getLong(i);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw new BadDataException(what + " value " + v + " does not fit an int");
            out[i] = (int) v;
        }
        return out;
    }

    /** All elements (C order) as floats. */
    float[] toFloatArray() {
        float[] out = new float[length];
        for (int i = 0; i < length; i++) out[i] = (float) getDouble(i);
        return out;
    }
}
