package org.sparsegnn.engine.link;

import java.util.Arrays;
import java.util.Locale;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.DenseMatrix;
import org.sparsegnn.engine.graph.FeatureMatrix;

/**
 * How a node pair's feature vector is made from its endpoint embeddings a, b (node2vec's binary operators):
 * Hadamard a⊙b, concatenation [a, b], weighted L1 |a−b| and weighted L2 (a−b)². Sparse (top-k) embeddings give
 * sparse edge features: Hadamard keeps the intersection of the endpoints' nonzeros, the others their union.
 */
public enum EdgeFeature {
    HADAMARD, CONCAT, L1, L2;

    public static EdgeFeature parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown edge feature '" + s + "' (expected hadamard, concat, l1 or l2)");
        }
    }

    public int dimension(int embeddingDim) {
        return this == CONCAT ? 2 * embeddingDim : embeddingDim;
    }

    /** Edge features of the given pairs from node embeddings (dense in → dense out, CSR in → CSR out). */
    public FeatureMatrix apply(FeatureMatrix embedding, int[] src, int[] dst) {
        if (embedding instanceof DenseMatrix d) return dense(d, src, dst);
        return sparse((CsrMatrix) embedding, src, dst);
    }

    private DenseMatrix dense(DenseMatrix e, int[] src, int[] dst) {
        int d = e.cols(), out = dimension(d), m = src.length;
        float[] x = e.data();
        float[] f = new float[m * out];
        for (int i = 0; i < m; i++) {
            int a = src[i] * d, b = dst[i] * d, o = i * out;
            for (int c = 0; c < d; c++) {
                float u = x[a + c], v = x[b + c];
                switch (this) {
                    case HADAMARD -> f[o + c] = u * v;
                    case CONCAT -> { f[o + c] = u; f[o + d + c] = v; }
                    case L1 -> f[o + c] = Math.abs(u - v);
                    case L2 -> f[o + c] = (u - v) * (u - v);
                }
            }
        }
        return new DenseMatrix(m, out, f);
    }

    private CsrMatrix sparse(CsrMatrix e, int[] src, int[] dst) {
        int d = e.cols(), m = src.length;
        int[] ptr = e.indptr(), idx = e.indices();
        float[] val = e.values();
        int[] outPtr = new int[m + 1];
        int cap = 16;
        int[] outIdx = new int[cap];
        float[] outVal = new float[cap];
        int w = 0;
        for (int i = 0; i < m; i++) {
            int ka = ptr[src[i]], ea = ptr[src[i] + 1], kb = ptr[dst[i]], eb = ptr[dst[i] + 1];
            if (w + (ea - ka) + (eb - kb) > cap) {
                cap = Math.max(2 * cap, w + (ea - ka) + (eb - kb));
                outIdx = Arrays.copyOf(outIdx, cap);
                outVal = Arrays.copyOf(outVal, cap);
            }
            if (this == CONCAT) {
                for (int k = ka; k < ea; k++) { outIdx[w] = idx[k]; outVal[w++] = val[k]; }
                for (int k = kb; k < eb; k++) { outIdx[w] = d + idx[k]; outVal[w++] = val[k]; }
            } else {
                while (ka < ea || kb < eb) { // merge two sorted rows
                    int ca = ka < ea ? idx[ka] : Integer.MAX_VALUE, cb = kb < eb ? idx[kb] : Integer.MAX_VALUE;
                    int col = Math.min(ca, cb);
                    float u = ca == col ? val[ka++] : 0f, v = cb == col ? val[kb++] : 0f;
                    float r = switch (this) {
                        case HADAMARD -> u * v;
                        case L1 -> Math.abs(u - v);
                        case L2 -> (u - v) * (u - v);
                        case CONCAT -> throw new AssertionError();
                    };
                    if (r != 0f) { outIdx[w] = col; outVal[w++] = r; }
                }
            }
            outPtr[i + 1] = w;
        }
        return new CsrMatrix(m, dimension(d), outPtr, Arrays.copyOf(outIdx, w), Arrays.copyOf(outVal, w));
    }
}
