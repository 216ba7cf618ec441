package org.sparsegnn.engine.embed;

import java.util.Arrays;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.DenseMatrix;

/**
 * Sparse embeddings (paper §IV, after Tonello &amp; Macdonald): keep the top-k % entries of the whole embedding
 * matrix by magnitude and zero the rest, giving a CSR matrix with embedding sparsity p_e = 1 − k/100.
 * Exactly round(k/100 · rows · cols) entries survive; ties at the threshold are broken by position.
 */
public final class TopKSparsifier {
    private TopKSparsifier() {
    }

    public static CsrMatrix keepTopPercent(DenseMatrix m, double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("embedding top-k must be in (0, 100] percent, is " + percent);
        }
        float[] v = m.data();
        int keep = (int) Math.max(1, Math.min(v.length, Math.round(percent / 100.0 * v.length)));
        float threshold = kthLargestMagnitude(v, keep);
        int above = 0;
        for (float x : v) if (Math.abs(x) > threshold) above++;
        int tiesAllowed = keep - above;
        int rows = m.rows(), cols = m.cols();
        int[] indptr = new int[rows + 1];
        int[] indices = new int[keep];
        float[] values = new float[keep];
        int w = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                float x = v[r * cols + c];
                float a = Math.abs(x);
                if (a > threshold || (a == threshold && tiesAllowed-- > 0)) {
                    indices[w] = c;
                    values[w++] = x;
                }
            }
            indptr[r + 1] = w;
        }
        return new CsrMatrix(rows, cols, indptr, Arrays.copyOf(indices, w), Arrays.copyOf(values, w));
    }

    private static float kthLargestMagnitude(float[] v, int k) {
        float[] a = new float[v.length];
        for (int i = 0; i < v.length; i++) a[i] = Math.abs(v[i]);
        Arrays.sort(a);
        return a[a.length - k];
    }
}
