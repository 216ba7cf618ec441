package org.sparsegnn.engine.nn;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Which weights of one rows × cols tensor are active. Flat indices are row-major ({@code row * cols + col}).
 * A mask only changes through {@link #set}; the trainer multiplies weights and gradients by it so masked weights
 * stay exactly zero and receive no updates.
 */
public final class Mask {
    private final int rows;
    private final int cols;
    private final BitSet active;
    private int nnz;
    private int version; // counts changes, so structures derived from the mask know when to rebuild
    private float[] dense; // cached 0/1 view, rebuilt lazily after changes

    private Mask(int rows, int cols, BitSet active) {
        this.rows = rows;
        this.cols = cols;
        this.active = active;
        this.nnz = active.cardinality();
    }

    public static Mask dense(int rows, int cols) {
        BitSet b = new BitSet(rows * cols);
        b.set(0, rows * cols);
        return new Mask(rows, cols, b);
    }

    public static Mask empty(int rows, int cols) {
        return new Mask(rows, cols, new BitSet(rows * cols));
    }

    public static Mask ofActive(int rows, int cols, int[] activeIndices) {
        Mask m = empty(rows, cols);
        for (int i : activeIndices) m.set(i, true);
        return m;
    }

    public int rows() { return rows; }
    public int cols() { return cols; }
    public int size() { return rows * cols; }
    public int nnz() { return nnz; }

    public double density() {
        return size() == 0 ? 1.0 : (double) nnz / size();
    }

    public double sparsity() {
        return 1.0 - density();
    }

    public boolean isActive(int flatIndex) {
        return active.get(flatIndex);
    }

    public void set(int flatIndex, boolean on) {
        if (flatIndex < 0 || flatIndex >= size()) throw new IndexOutOfBoundsException(flatIndex + " of " + size());
        boolean was = active.get(flatIndex);
        if (was == on) return;
        active.set(flatIndex, on);
        nnz += on ? 1 : -1;
        version++;
        dense = null;
    }

    /** A number that changes whenever an entry changes (structures built from the mask compare it). */
    public int version() {
        return version;
    }

    /** Sorted flat indices of active weights. */
    public int[] activeIndices() {
        return active.stream().toArray();
    }

    /** Sorted flat indices of inactive weights. */
    public int[] inactiveIndices() {
        int[] out = new int[size() - nnz];
        int w = 0;
        for (int i = active.nextClearBit(0); i < size(); i = active.nextClearBit(i + 1)) out[w++] = i;
        return out;
    }

    /** 0/1 values, row-major; the returned array is a cache and must not be modified. */
    public float[] asFloats() {
        if (dense == null) {
            float[] d = new float[size()];
            for (int i = active.nextSetBit(0); i >= 0; i = active.nextSetBit(i + 1)) d[i] = 1f;
            dense = d;
        }
        return dense;
    }

    public Mask copy() {
        return new Mask(rows, cols, (BitSet) active.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mask m && m.rows == rows && m.cols == cols && m.active.equals(active);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {rows, cols, active.hashCode()});
    }

    @Override
    public String toString() {
        return "Mask[" + rows + "x" + cols + ", nnz=" + nnz + "]";
    }
}
