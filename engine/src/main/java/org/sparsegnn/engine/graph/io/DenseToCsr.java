package org.sparsegnn.engine.graph.io;

import java.util.Arrays;
import org.sparsegnn.engine.graph.CsrMatrix;

/** Converts a 2-d numeric array to CSR, keeping only nonzeros (some Planetoid variants store dense features). */
final class DenseToCsr {
    private DenseToCsr() {
    }

    static CsrMatrix convert(NumericArray a) {
        long[] shape = a.shape();
        int rows = (int) shape[0], cols = (int) shape[1];
        int[] indptr = new int[rows + 1];
        int[] idx = new int[16];
        float[] val = new float[16];
        int nnz = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = a.getDouble(r * cols + c);
                if (v != 0) {
                    if (nnz == idx.length) {
                        idx = Arrays.copyOf(idx, nnz * 2);
                        val = Arrays.copyOf(val, nnz * 2);
                    }
                    idx[nnz] = c;
                    val[nnz++] = (float) v;
                }
            }
            indptr[r + 1] = nnz;
        }
        return new CsrMatrix(rows, cols, indptr, Arrays.copyOf(idx, nnz), Arrays.copyOf(val, nnz));
    }
}
