package org.sparsegnn.engine.nn;

import java.util.Arrays;

/**
 * CPU kernels for a layer whose weight is masked, touching only the active weights (SparseProp's layout, Nikdan
 * et al., ICML 2023). Dense activations are held by column ({@link DenseRows#columns()}: one array per feature,
 * running along the batch), so every inner loop is an axpy along the batch over whole, separate arrays, which
 * the JIT turns into SIMD code (it does not when two offsets into arrays that might be the same one are
 * involved). Dot products along the batch run four at a time ({@link BatchDots}: SIMD through the Vector API when
 * the JVM has it, else several scalar accumulators).
 * <p>Work is split over threads by output column (forward) or input row (backward); each thread writes only its
 * own rows, in a fixed order, so the results do not depend on the number of threads.
 */
final class SparseWeightKernels {
    private static final BatchDots DOTS = BatchDots.INSTANCE;

    private SparseWeightKernels() {
    }

    /**
     * y[j] = bias[j] + Σ_k W[k,j] · x[k] over the active weights of output column j.
     *
     * @param wOut active weight values in output-major order ({@link ActiveIndex#flatOfOut()})
     * @param bias one value per output column, or null for none
     * @param x    input columns (fan_in arrays of at least n)
     * @param y    output columns (fan_out arrays of at least n), overwritten
     * @param relu whether to apply ReLU to each output column right after it is computed (while it is in cache),
     *             with {@link Relu}'s arithmetic
     */
    static void forward(ActiveIndex ix, float[] wOut, float[] bias, float[][] x, float[][] y, int n, boolean relu) {
        int[] start = ix.colStart(), row = ix.rowOfOut();
        WorkSplit.rows(ix.cols(), start, n, (from, to) -> {
            for (int j = from; j < to; j++) {
                float[] yj = y[j];
                float b = bias == null ? 0f : bias[j];
                int q = start[j], end = start[j + 1];
                if (end - q >= 4) { // the first four set the output (no separate fill pass)
                    set4(b, wOut[q], wOut[q + 1], wOut[q + 2], wOut[q + 3], x[row[q]], x[row[q + 1]], x[row[q + 2]],
                            x[row[q + 3]], yj, n);
                    q += 4;
                    for (; q + 4 <= end; q += 4) {
                        axpy4(wOut[q], wOut[q + 1], wOut[q + 2], wOut[q + 3], x[row[q]], x[row[q + 1]],
                                x[row[q + 2]], x[row[q + 3]], yj, n);
                    }
                    tail(false, 0f, wOut, q, end - q, x, row, yj, n);
                } else {
                    tail(true, b, wOut, q, end - q, x, row, yj, n);
                }
                if (relu) Relu.relu(yj, yj, n);
            }
        });
    }

    /**
     * The backward pass of a ReLU fused into {@link #forward}, with the bias gradient in the same pass over each
     * column: dz[j] = g[j] where y[j] &gt; 0, else 0, and sums[j] = Σ_b dz[j][b] ({@link Relu}'s and
     * {@link #columnSums}' arithmetic), in parallel by column.
     *
     * @param y    the ReLU's output columns (the fused forward's output)
     * @param sums receives the column sums, or null for none
     */
    static void reluBackward(float[][] g, float[][] y, float[][] dz, float[] sums, int n) {
        WorkSplit.evenRows(dz.length, 2L * n, (from, to) -> {
            for (int j = from; j < to; j++) {
                Relu.passWherePositive(g[j], y[j], dz[j], n);
                if (sums != null) sums[j] = DOTS.sum(dz[j], n);
            }
        });
    }

    /**
     * The backward pass of {@link #forward} in one pass over the active weights, grouped by input row k:
     * dx[k] = Σ_j W[k,j] · dy[j] (when {@code dx} is not null) and dW[k,j] = x[k] · dy[j] at the active positions.
     *
     * @param w  active weight values in entry (row-major) order
     * @param dw receives the weight gradient in entry order, or null when only dx is wanted
     * @param reluSums null, or (when x is a ReLU's output as is, so x &gt; 0 exactly where the ReLU passed): dx[k]
     *                 is taken through that ReLU ({@link Relu}'s arithmetic) right after it is computed, while it is
     *                 in cache, and reluSums[k] = Σ_b dx[k][b] (the bias gradient of the layer that ends with it)
     */
    static void backward(ActiveIndex ix, float[] w, float[][] x, float[][] dy, float[][] dx, float[] dw, int n,
                         float[] reluSums) {
        int[] start = ix.rowStart(), col = ix.colOf();
        long passes = (dx == null ? 0 : 1) + (dw == null ? 0 : 1);
        WorkSplit.rows(ix.rows(), start, passes * n, (from, to) -> {
            float[] rest = new float[4];
            for (int k = from; k < to; k++) {
                float[] xk = x[k];
                float[] dxk = dx == null ? null : dx[k];
                int first = start[k], e = first, end = start[k + 1];
                for (; e + 4 <= end; e += 4) {
                    float[] d0 = dy[col[e]], d1 = dy[col[e + 1]], d2 = dy[col[e + 2]], d3 = dy[col[e + 3]];
                    if (dxk != null) {
                        if (e == first) set4(0f, w[e], w[e + 1], w[e + 2], w[e + 3], d0, d1, d2, d3, dxk, n);
                        else axpy4(w[e], w[e + 1], w[e + 2], w[e + 3], d0, d1, d2, d3, dxk, n);
                    }
                    if (dw != null) DOTS.dot4(xk, d0, d1, d2, d3, dw, e, n);
                }
                int left = end - e;
                if (dxk != null) tail(e == first, 0f, w, e, left, dy, col, dxk, n);
                if (dw != null && left > 0) { // 1 to 3 left: one four-wide pass, repeating the last column
                    float[] d0 = dy[col[e]], d1 = dy[col[Math.min(e + 1, end - 1)]], d2 = dy[col[end - 1]];
                    DOTS.dot4(xk, d0, d1, d2, d2, rest, 0, n);
                    System.arraycopy(rest, 0, dw, e, left);
                }
                if (dxk != null && reluSums != null) {
                    Relu.passWherePositive(dxk, xk, dxk, n);
                    reluSums[k] = DOTS.sum(dxk, n);
                }
            }
        });
    }

    /** out[j] = Σ_b dy[j][b] (the bias gradient of a layer whose output gradient is held by column). */
    static void columnSums(float[][] dy, float[] out, int n) {
        for (int j = 0; j < out.length; j++) out[j] = DOTS.sum(dy[j], n);
    }

    /**
     * out (rows × fan_out, row-major) = X · W over the active weights, X sparse: each stored x_rk meets only the
     * active weights of row k (the (1 − p_e)(1 − p) scaling of the paper's FLOPs model).
     *
     * @param w active weight values in entry order
     */
    static void forwardSparseInput(SparseRows x, ActiveIndex ix, float[] w, float[] bias, float[] out) {
        int cols = ix.cols();
        int[] xp = x.indptr(), xi = x.indices(), start = ix.rowStart(), col = ix.colOf();
        float[] xv = x.values();
        WorkSplit.rows(x.rows(), xp, perStoredInput(ix), (from, to) -> {
            for (int r = from; r < to; r++) {
                int o = r * cols;
                if (bias == null) Arrays.fill(out, o, o + cols, 0f);
                else System.arraycopy(bias, 0, out, o, cols);
                for (int s = xp[r]; s < xp[r + 1]; s++) {
                    int k = xi[s];
                    float a = xv[s];
                    for (int e = start[k]; e < start[k + 1]; e++) out[o + col[e]] += a * w[e];
                }
            }
        });
    }

    /**
     * dW = Xᵀ · dY at the active positions only, X sparse: dw[e] = Σ_r x_rk · dY[r, j] for entry e = (k, j).
     * Rows of X are scattered into dw in order, in two fixed halves (one into dw, one into a partial added after)
     * so the sums are the same with one thread or two.
     *
     * @param dY row-major rows × fan_out
     */
    static void weightGradientSparseInput(SparseRows x, ActiveIndex ix, float[] dY, float[] dw) {
        int cols = ix.cols(), nnz = ix.nnz();
        int[] xp = x.indptr(), xi = x.indices(), start = ix.rowStart(), col = ix.colOf();
        float[] xv = x.values();
        float[][] partial = {dw, new float[nnz]};
        WorkSplit.fixedBlocks(x.rows(), xp, perStoredInput(ix), 2, (block, from, to) -> {
            float[] p = partial[block];
            Arrays.fill(p, 0, nnz, 0f);
            for (int r = from; r < to; r++) {
                int o = r * cols;
                for (int s = xp[r]; s < xp[r + 1]; s++) {
                    int k = xi[s];
                    float a = xv[s];
                    for (int e = start[k]; e < start[k + 1]; e++) p[e] += a * dY[o + col[e]];
                }
            }
        });
        float[] second = partial[1];
        for (int e = 0; e < nnz; e++) dw[e] += second[e];
    }

    /**
     * Work per stored input value, in multiply-add equivalents: its weight row's active entries plus the loop
     * around them (about 8: the row bounds, the index and value loads), for the parallel-or-not decision.
     */
    private static long perStoredInput(ActiveIndex ix) {
        return 8 + ix.nnz() / Math.max(1, ix.rows());
    }

    /**
     * The 0 to 3 products w[q + t] · src[idx[q + t]] left after the four-wide passes, in one pass over y (an axpy
     * each read and wrote y once per product): y = b + Σ when {@code set} (y = b when none are left), else y += Σ.
     * The products are added one by one, left to right, exactly as separate axpys would add them.
     */
    private static void tail(boolean set, float b, float[] w, int q, int left, float[][] src, int[] idx, float[] y,
                             int n) {
        switch (left) {
            case 0 -> {
                if (set) Arrays.fill(y, 0, n, b);
            }
            case 1 -> {
                float w0 = w[q];
                float[] s0 = src[idx[q]];
                if (set) for (int i = 0; i < n; i++) y[i] = b + w0 * s0[i];
                else for (int i = 0; i < n; i++) y[i] += w0 * s0[i];
            }
            case 2 -> {
                float w0 = w[q], w1 = w[q + 1];
                float[] s0 = src[idx[q]], s1 = src[idx[q + 1]];
                if (set) for (int i = 0; i < n; i++) y[i] = b + w0 * s0[i] + w1 * s1[i];
                else for (int i = 0; i < n; i++) y[i] = y[i] + w0 * s0[i] + w1 * s1[i];
            }
            case 3 -> {
                float w0 = w[q], w1 = w[q + 1], w2 = w[q + 2];
                float[] s0 = src[idx[q]], s1 = src[idx[q + 1]], s2 = src[idx[q + 2]];
                if (set) for (int i = 0; i < n; i++) y[i] = b + w0 * s0[i] + w1 * s1[i] + w2 * s2[i];
                else for (int i = 0; i < n; i++) y[i] = y[i] + w0 * s0[i] + w1 * s1[i] + w2 * s2[i];
            }
            default -> throw new IllegalArgumentException(left + " products left after the four-wide passes");
        }
    }

    private static void axpy4(float w0, float w1, float w2, float w3, float[] x0, float[] x1, float[] x2, float[] x3,
                              float[] y, int n) {
        for (int b = 0; b < n; b++) y[b] += w0 * x0[b] + w1 * x1[b] + w2 * x2[b] + w3 * x3[b];
    }

    /** y = b + w0·x0 + … + w3·x3. */
    private static void set4(float b, float w0, float w1, float w2, float w3, float[] x0, float[] x1, float[] x2,
                             float[] x3, float[] y, int n) {
        for (int i = 0; i < n; i++) y[i] = b + w0 * x0[i] + w1 * x1[i] + w2 * x2[i] + w3 * x3[i];
    }
}
