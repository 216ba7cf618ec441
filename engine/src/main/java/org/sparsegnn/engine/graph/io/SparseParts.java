package org.sparsegnn.engine.graph.io;

import org.sparsegnn.engine.graph.CsrMatrix;

/** Checked assembly of a {@link CsrMatrix} from the three CSR arrays found in pickles and npz archives. */
final class SparseParts {
    private SparseParts() {
    }

    /**
     * Validates lengths and ranges with precise messages, then builds the matrix; rows whose columns are unsorted
     * or repeated are normalised (sorted, duplicates summed) as scipy would on {@code sum_duplicates()}.
     */
    static CsrMatrix csr(long rows, long cols, int[] indptr, int[] indices, float[] data) {
        if (rows < 0 || cols < 0 || rows >= Integer.MAX_VALUE || cols >= Integer.MAX_VALUE) {
            throw new BadDataException("CSR shape " + rows + "x" + cols + " out of range");
        }
        int n = (int) rows;
        if (indptr.length != n + 1) throw new BadDataException("CSR indptr has " + indptr.length + " entries, expected rows+1 = " + (n + 1));
        if (indices.length != data.length) throw new BadDataException("CSR indices (" + indices.length + ") and data (" + data.length + ") differ in length");
        if (indptr[0] != 0 || indptr[n] != indices.length) throw new BadDataException("CSR indptr must run from 0 to nnz=" + indices.length);
        for (int i = 0; i < n; i++) {
            if (indptr[i + 1] < indptr[i]) throw new BadDataException("CSR indptr decreases at row " + i);
        }
        boolean canonical = true;
        for (int i = 0; i < n; i++) {
            int prev = -1;
            for (int k = indptr[i]; k < indptr[i + 1]; k++) {
                int col = indices[k];
                if (col < 0 || col >= cols) throw new BadDataException("CSR column " + col + " out of range [0," + cols + ") in row " + i);
                if (col <= prev) canonical = false;
                prev = col;
            }
        }
        if (canonical) return new CsrMatrix(n, (int) cols, indptr, indices, data);
        int[] rowOf = new int[indices.length];
        for (int i = 0; i < n; i++) for (int k = indptr[i]; k < indptr[i + 1]; k++) rowOf[k] = i;
        return CsrMatrix.fromCoo(n, (int) cols, rowOf, indices, data);
    }
}
