package org.sparsegnn.engine.nn;

/**
 * Where the active weights of a masked fan_in × fan_out weight are, in the two orders the sparse kernels walk
 * them. Entry {@code e} counts the active weights in row-major (flat index) order, i.e. grouped by input row as
 * the weight is stored: the backward pass walks these. The forward pass walks the same weights grouped by output
 * column; {@code q} counts that order. Built once per mask change (a few passes over the mask).
 */
public final class ActiveIndex {
    private final int rows;
    private final int cols;
    private final int[] flat;        // entry e -> flat index row * cols + col, ascending
    private final int[] rowStart;    // rows + 1: entries of input row k are [rowStart[k], rowStart[k+1])
    private final int[] colOf;       // entry e -> output column
    private final int[] colStart;    // cols + 1: output-major positions of output column j
    private final int[] rowOfOut;    // q -> input row
    private final int[] flatOfOut;   // q -> flat index

    private ActiveIndex(int rows, int cols, int[] flat) {
        this.rows = rows;
        this.cols = cols;
        this.flat = flat;
        int nnz = flat.length;
        rowStart = new int[rows + 1];
        colOf = new int[nnz];
        colStart = new int[cols + 1];
        for (int e = 0; e < nnz; e++) {
            int k = flat[e] / cols, j = flat[e] - k * cols;
            rowStart[k + 1]++;
            colOf[e] = j;
            colStart[j + 1]++;
        }
        for (int k = 0; k < rows; k++) rowStart[k + 1] += rowStart[k];
        for (int j = 0; j < cols; j++) colStart[j + 1] += colStart[j];
        rowOfOut = new int[nnz];
        flatOfOut = new int[nnz];
        int[] next = java.util.Arrays.copyOf(colStart, cols);
        for (int e = 0; e < nnz; e++) { // ascending flat order, so each output column lists its rows ascending
            int q = next[colOf[e]]++;
            rowOfOut[q] = flat[e] / cols;
            flatOfOut[q] = flat[e];
        }
    }

    public static ActiveIndex of(Mask mask) {
        return new ActiveIndex(mask.rows(), mask.cols(), mask.activeIndices());
    }

    public int rows() { return rows; }
    public int cols() { return cols; }
    public int nnz() { return flat.length; }

    /** Flat indices of the active weights, ascending (entry order); not to be modified. */
    public int[] flatIndices() { return flat; }

    int[] rowStart() { return rowStart; }
    int[] colOf() { return colOf; }
    int[] colStart() { return colStart; }
    int[] rowOfOut() { return rowOfOut; }
    int[] flatOfOut() { return flatOfOut; }
}
