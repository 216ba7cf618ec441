package org.sparsegnn.engine.nn;

import java.util.Arrays;
import org.sparsegnn.engine.graph.CsrMatrix;

/**
 * A sparse matrix as kernel input: the CSR structure of a {@link CsrMatrix} with a (possibly different) values
 * array, so dropout can rescale or zero stored values without touching the structure (Kipf's sparse_dropout).
 * The transposed structure needed by {@code Aᵀ·B} is built once and shared by every copy made with
 * {@link #withValues}; {@code transposePermutation()[k]} is the position in {@link #values()} of the k-th stored
 * entry of the transpose.
 */
public final class SparseRows implements LayerInput {
    private final CsrMatrix structure;
    private final float[] values;
    private final TransposeIndex transpose;
    private volatile float[] transposeValues; // values in transposed order, per values array

    public SparseRows(CsrMatrix matrix) {
        this(matrix, matrix.values(), new TransposeIndex());
    }

    private SparseRows(CsrMatrix structure, float[] values, TransposeIndex transpose) {
        if (values.length != structure.nnz()) {
            throw new IllegalArgumentException("values " + values.length + " vs nnz " + structure.nnz());
        }
        this.structure = structure;
        this.values = values;
        this.transpose = transpose;
    }

    /** Same structure (and cached transpose), new values; the array is used as is, not copied. */
    public SparseRows withValues(float[] newValues) {
        return new SparseRows(structure, newValues, transpose);
    }

    /** The given rows, in that order, as a new independent matrix (mini-batches). */
    @Override
    public SparseRows selectRows(int[] rowIds) {
        int[] ptr = structure.indptr(), idx = structure.indices();
        int[] outPtr = new int[rowIds.length + 1];
        for (int i = 0; i < rowIds.length; i++) outPtr[i + 1] = outPtr[i] + ptr[rowIds[i] + 1] - ptr[rowIds[i]];
        int[] outIdx = new int[outPtr[rowIds.length]];
        float[] outVal = new float[outIdx.length];
        for (int i = 0; i < rowIds.length; i++) {
            int s = ptr[rowIds[i]], len = ptr[rowIds[i] + 1] - s;
            System.arraycopy(idx, s, outIdx, outPtr[i], len);
            System.arraycopy(values, s, outVal, outPtr[i], len);
        }
        return new SparseRows(new CsrMatrix(rowIds.length, structure.cols(), outPtr, outIdx, outVal));
    }

    @Override public int rows() { return structure.rows(); }
    @Override public int cols() { return structure.cols(); }
    public int nnz() { return values.length; }
    public int[] indptr() { return structure.indptr(); }
    public int[] indices() { return structure.indices(); }
    /** Current values (read-only for callers). */
    public float[] values() { return values; }

    @Override
    public double density() {
        long total = (long) rows() * cols();
        return total == 0 ? 0 : (double) nnz() / total;
    }

    /** Whether the transposed structure has been built (products with Aᵀ can then gather instead of scatter). */
    public boolean hasTransposeIndex() {
        return transpose.built != null;
    }

    public int[] transposeIndptr() { return transpose.get(structure).indptr; }
    public int[] transposeIndices() { return transpose.get(structure).indices; }
    public int[] transposePermutation() { return transpose.get(structure).perm; }

    /** Values in the order of the transposed structure. */
    public float[] transposeValues() {
        float[] t = transposeValues;
        if (t == null) {
            int[] perm = transposePermutation();
            t = new float[perm.length];
            for (int k = 0; k < perm.length; k++) t[k] = values[perm[k]];
            transposeValues = t;
        }
        return t;
    }

    /** Row index of every stored entry (COO row array), for the ND4J segment-sum path. */
    public int[] rowOfEntry() {
        return transpose.get(structure).rowOfEntry;
    }

    /** Lazily built transposed structure, shared between value variants. */
    private static final class TransposeIndex {
        private volatile Built built;

        Built get(CsrMatrix m) {
            Built b = built;
            if (b == null) {
                synchronized (this) {
                    if (built == null) built = build(m);
                    b = built;
                }
            }
            return b;
        }

        private static Built build(CsrMatrix m) {
            int rows = m.rows(), cols = m.cols(), nnz = (int) m.nnz();
            int[] ptr = m.indptr(), idx = m.indices();
            int[] tPtr = new int[cols + 1];
            for (int k = 0; k < nnz; k++) tPtr[idx[k] + 1]++;
            for (int c = 0; c < cols; c++) tPtr[c + 1] += tPtr[c];
            int[] next = Arrays.copyOf(tPtr, cols);
            int[] tIdx = new int[nnz], perm = new int[nnz], rowOf = new int[nnz];
            for (int r = 0; r < rows; r++) {
                for (int k = ptr[r]; k < ptr[r + 1]; k++) {
                    int p = next[idx[k]]++;
                    tIdx[p] = r; // rows visited in ascending order, so each transposed row stays sorted
                    perm[p] = k;
                    rowOf[k] = r;
                }
            }
            return new Built(tPtr, tIdx, perm, rowOf);
        }
    }

    private record Built(int[] indptr, int[] indices, int[] perm, int[] rowOfEntry) {
    }
}
