package org.sparsegnn.engine.graph;

import java.util.Arrays;
import java.util.Objects;

/**
 * Compressed sparse row matrix of floats. Column indices within a row are sorted and unique (the constructor
 * checks the structure so a malformed file can never produce an out-of-bounds kernel later). Arrays are owned by
 * this object: callers must not modify them.
 */
public final class CsrMatrix implements FeatureMatrix {
    private final int rows;
    private final int cols;
    private final int[] indptr;
    private final int[] indices;
    private final float[] values;

    public CsrMatrix(int rows, int cols, int[] indptr, int[] indices, float[] values) {
        this.rows = rows;
        this.cols = cols;
        this.indptr = Objects.requireNonNull(indptr, "indptr");
        this.indices = Objects.requireNonNull(indices, "indices");
        this.values = Objects.requireNonNull(values, "values");
        validate();
    }

    private void validate() {
        if (rows < 0 || cols < 0) throw new IllegalArgumentException("negative shape " + rows + "x" + cols);
        if (indptr.length != rows + 1) {
            throw new IllegalArgumentException("indptr has " + indptr.length + " entries, expected rows+1 = " + (rows + 1));
        }
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices (" + indices.length + ") and values (" + values.length + ") differ in length");
        }
        if (indptr[0] != 0 || indptr[rows] != indices.length) {
            throw new IllegalArgumentException("indptr must start at 0 and end at nnz=" + indices.length);
        }
        // monotone indptr first: with it, indptr[0]=0 and indptr[rows]=nnz bound every row range
        for (int r = 0; r < rows; r++) {
            if (indptr[r + 1] < indptr[r]) throw new IllegalArgumentException("indptr decreases at row " + r);
        }
        for (int r = 0; r < rows; r++) {
            int prev = -1;
            for (int k = indptr[r]; k < indptr[r + 1]; k++) {
                int c = indices[k];
                if (c < 0 || c >= cols) throw new IllegalArgumentException("column " + c + " out of range [0," + cols + ") in row " + r);
                if (c <= prev) throw new IllegalArgumentException("columns not sorted/unique in row " + r);
                prev = c;
            }
        }
    }

    /** Builds a CSR matrix from COO triplets; duplicates are summed, entries are sorted. */
    public static CsrMatrix fromCoo(int rows, int cols, int[] r, int[] c, float[] v) {
        int n = r.length;
        if (c.length != n || v.length != n) throw new IllegalArgumentException("COO arrays differ in length");
        int[] counts = new int[rows + 1];
        for (int i = 0; i < n; i++) {
            if (r[i] < 0 || r[i] >= rows) throw new IllegalArgumentException("row " + r[i] + " out of range [0," + rows + ")");
            if (c[i] < 0 || c[i] >= cols) throw new IllegalArgumentException("column " + c[i] + " out of range [0," + cols + ")");
            counts[r[i] + 1]++;
        }
        for (int i = 0; i < rows; i++) counts[i + 1] += counts[i];
        int[] pos = Arrays.copyOf(counts, rows);
        int[] ci = new int[n];
        float[] cv = new float[n];
        for (int i = 0; i < n; i++) {
            int p = pos[r[i]]++;
            ci[p] = c[i];
            cv[p] = v[i];
        }
        // sort each row by column and merge duplicates
        int[] outPtr = new int[rows + 1];
        int w = 0;
        for (int row = 0; row < rows; row++) {
            int s = counts[row], e = counts[row + 1];
            sortRow(ci, cv, s, e);
            int rowStart = w;
            for (int k = s; k < e; k++) {
                if (w > rowStart && ci[w - 1] == ci[k]) {
                    cv[w - 1] += cv[k];
                } else {
                    ci[w] = ci[k];
                    cv[w] = cv[k];
                    w++;
                }
            }
            outPtr[row + 1] = w;
        }
        return new CsrMatrix(rows, cols, outPtr, Arrays.copyOf(ci, w), Arrays.copyOf(cv, w));
    }

    private static void sortRow(int[] idx, float[] val, int s, int e) {
        // insertion sort for short rows, else index sort
        if (e - s < 32) {
            for (int i = s + 1; i < e; i++) {
                int ki = idx[i];
                float kv = val[i];
                int j = i - 1;
                while (j >= s && idx[j] > ki) {
                    idx[j + 1] = idx[j];
                    val[j + 1] = val[j];
                    j--;
                }
                idx[j + 1] = ki;
                val[j + 1] = kv;
            }
            return;
        }
        long[] packed = new long[e - s];
        for (int i = s; i < e; i++) packed[i - s] = ((long) idx[i] << 32) | (Float.floatToRawIntBits(val[i]) & 0xffffffffL);
        Arrays.sort(packed);
        for (int i = s; i < e; i++) {
            idx[i] = (int) (packed[i - s] >>> 32);
            val[i] = Float.intBitsToFloat((int) packed[i - s]);
        }
    }

    public CsrMatrix transpose() {
        int n = indices.length;
        int[] r = new int[n];
        for (int row = 0; row < rows; row++) for (int k = indptr[row]; k < indptr[row + 1]; k++) r[k] = row;
        return fromCoo(cols, rows, indices, r, values);
    }

    @Override public int rows() { return rows; }
    @Override public int cols() { return cols; }
    @Override public long nnz() { return indices.length; }

    public int[] indptr() { return indptr; }
    public int[] indices() { return indices; }
    public float[] values() { return values; }

    public int rowNnz(int r) { return indptr[r + 1] - indptr[r]; }

    public float get(int r, int c) {
        int k = Arrays.binarySearch(indices, indptr[r], indptr[r + 1], c);
        return k >= 0 ? values[k] : 0f;
    }

    /** Same structure, new values (used for normalisation). */
    public CsrMatrix withValues(float[] newValues) {
        if (newValues.length != values.length) throw new IllegalArgumentException("value count differs");
        return new CsrMatrix(rows, cols, indptr, indices, newValues);
    }

    @Override
    public String toString() {
        return "CsrMatrix[" + rows + "x" + cols + ", nnz=" + indices.length + "]";
    }
}
