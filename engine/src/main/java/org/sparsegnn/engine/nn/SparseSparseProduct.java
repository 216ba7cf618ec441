package org.sparsegnn.engine.nn;

import java.util.Arrays;


/**
 * X·W when both are sparse (paper §III-C: sparse top-k embeddings into a pruned first layer): X as CSR rows, W as
 * its mask's active entries per input row. Each stored x_rk meets only the active weights of row k, so the work
 * is Σ_r Σ_{k∈row r} nnz(W_k,:) multiply-adds instead of nnz(X)·fan_out — the (1 − p_e)(1 − p) scaling the
 * FLOPs model assumes. Plain Java on the CPU backend; the result equals the masked dense product.
 */
final class SparseSparseProduct {
    /** Use it only when the weights are this sparse or sparser; denser masks gain too little over the SpMM. */
    static final double MAX_WEIGHT_DENSITY = 0.5;

    private SparseSparseProduct() {
    }

    /** out (rows × fanOut, row-major) = X · (W ∘ mask). */
    static void multiply(SparseRows x, float[] w, Mask mask, float[] out) {
        int fanIn = mask.rows(), fanOut = mask.cols();
        // the mask's active entries per weight row, as CSR (rebuilt per call: fanIn·fanOut work, small next to X·W)
        float[] on = mask.asFloats();
        int[] ptr = new int[fanIn + 1];
        int[] col = new int[mask.nnz()];
        float[] val = new float[mask.nnz()];
        int n = 0;
        for (int k = 0; k < fanIn; k++) {
            for (int j = 0, base = k * fanOut; j < fanOut; j++) {
                if (on[base + j] != 0f) {
                    col[n] = j;
                    val[n++] = w[base + j];
                }
            }
            ptr[k + 1] = n;
        }
        int[] xp = x.indptr(), xi = x.indices();
        float[] xv = x.values();
        Arrays.fill(out, 0f);
        for (int r = 0; r < x.rows(); r++) {
            int o = r * fanOut;
            for (int e = xp[r]; e < xp[r + 1]; e++) {
                int k = xi[e];
                float a = xv[e];
                for (int q = ptr[k]; q < ptr[k + 1]; q++) out[o + col[q]] += a * val[q];
            }
        }
    }
}
