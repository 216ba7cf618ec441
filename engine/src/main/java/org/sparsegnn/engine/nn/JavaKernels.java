package org.sparsegnn.engine.nn;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link Kernels} as plain Java loops over bulk copies of the arrays' buffers (every ND4J call crosses JNI and
 * small ND4J ops cost 50 µs to several ms on a busy 2-core machine). Sparse products run in parallel over blocks
 * of output rows, each row written by one thread in a fixed order, so results are deterministic. Dense products
 * above {@link #BLAS_MACS} multiply-adds go to ND4J's BLAS GEMM.
 */
public final class JavaKernels implements Kernels {
    public static final JavaKernels INSTANCE = new JavaKernels();

    /** Dense products at least this large (multiply-adds) are worth a BLAS call. */
    static final long BLAS_MACS = 4_000_000;
    /** Below this many multiply-adds a single thread beats the fork/join overhead. */
    private static final long PARALLEL_MACS = 300_000;
    /** Threads for the parallel loops (system property {@code sparsegnn.threads}; 1 = sequential). */
    static final int THREADS = Math.max(1, Integer.getInteger("sparsegnn.threads", Runtime.getRuntime().availableProcessors()));

    private JavaKernels() {
    }

    @Override
    public void spmm(SparseRows a, INDArray b, INDArray out) {
        checkShapes(a.rows(), a.cols(), b, out);
        int n = (int) b.size(1);
        float[] o = new float[a.rows() * n];
        spmm(a.indptr(), a.indices(), a.values(), a.rows(), Floats.read(b), n, o);
        Floats.write(o, out);
    }

    /**
     * With the transposed structure at hand (fixed matrices such as Â build it once) the product gathers rows;
     * a matrix used once (the dropped-out features of one step) is scattered instead of transposed.
     */
    @Override
    public void spmmTransposed(SparseRows a, INDArray b, INDArray out) {
        checkShapes(a.cols(), a.rows(), b, out);
        int n = (int) b.size(1);
        float[] o = new float[a.cols() * n];
        if (a.hasTransposeIndex()) {
            spmm(a.transposeIndptr(), a.transposeIndices(), a.transposeValues(), a.cols(), Floats.read(b), n, o);
        } else {
            scatterTransposed(a.indptr(), a.indices(), a.values(), a.rows(), Floats.read(b), n, o);
        }
        Floats.write(o, out);
    }

    /**
     * out[indices[k],:] += values[k] · b[r,:] over the stored entries of every row r (out starts zeroed). In
     * parallel, each block of rows scatters into its own partial output; the partials are added in block order,
     * so the result does not depend on thread timing.
     */
    private static void scatterTransposed(int[] indptr, int[] indices, float[] values, int rows, float[] b, int n,
                                          float[] out) {
        int blocks = THREADS == 1 || (long) indptr[rows] * n < PARALLEL_MACS ? 1 : Math.min(rows, THREADS);
        float[][] partial = new float[blocks][];
        IntStream.range(0, blocks).parallel().forEach(blk -> {
            int from = (int) ((long) rows * blk / blocks), to = (int) ((long) rows * (blk + 1) / blocks);
            float[] p = blk == 0 ? out : new float[out.length];
            for (int r = from; r < to; r++) scatterRow(indices, values, indptr[r], indptr[r + 1], b, r * n, n, p);
            partial[blk] = p;
        });
        for (int blk = 1; blk < blocks; blk++) {
            float[] p = partial[blk];
            for (int i = 0; i < out.length; i++) out[i] += p[i];
        }
    }

    /** p[indices[k],:] += values[k] · b[br .. br+n) for k in [s, e): b's row is held in locals, 8 columns at a time. */
    private static void scatterRow(int[] indices, float[] values, int s, int e, float[] b, int br, int n, float[] p) {
        int j0 = 0;
        for (; j0 + 8 <= n; j0 += 8) {
            float b0 = b[br + j0], b1 = b[br + j0 + 1], b2 = b[br + j0 + 2], b3 = b[br + j0 + 3];
            float b4 = b[br + j0 + 4], b5 = b[br + j0 + 5], b6 = b[br + j0 + 6], b7 = b[br + j0 + 7];
            for (int k = s; k < e; k++) {
                float v = values[k];
                int o = indices[k] * n + j0;
                p[o] += v * b0;
                p[o + 1] += v * b1;
                p[o + 2] += v * b2;
                p[o + 3] += v * b3;
                p[o + 4] += v * b4;
                p[o + 5] += v * b5;
                p[o + 6] += v * b6;
                p[o + 7] += v * b7;
            }
        }
        for (; j0 < n; j0++) {
            float bj = b[br + j0];
            for (int k = s; k < e; k++) p[indices[k] * n + j0] += values[k] * bj;
        }
    }

    /** out[r,:] = Σ_k values[k] · b[indices[k],:] over row r's stored entries (CSR arrays). */
    public static void spmm(int[] indptr, int[] indices, float[] values, int rows, float[] b, int n, float[] out) {
        rows(rows, (long) indptr[rows] * n, (from, to) -> {
            for (int r = from; r < to; r++) combineRow(values, indices, indptr[r], indptr[r + 1], b, n, out, r * n);
        });
    }

    /**
     * out[o .. o+n) = Σ_{k∈[s,e)} val[k] · b[col(k)·n ..], col(k) = idx[k], or k − s when {@code idx} is null (a
     * dense row). Columns go in blocks of 8 and 4 with the sums in locals (registers): about 5× faster than
     * accumulating into the output array, and no data-dependent branch in the inner loop.
     */
    private static void combineRow(float[] val, int[] idx, int s, int e, float[] b, int n, float[] out, int o) {
        int j0 = 0;
        for (; j0 + 8 <= n; j0 += 8) {
            float a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
            for (int k = s; k < e; k++) {
                float v = val[k];
                int bi = (idx == null ? k - s : idx[k]) * n + j0;
                a0 += v * b[bi];
                a1 += v * b[bi + 1];
                a2 += v * b[bi + 2];
                a3 += v * b[bi + 3];
                a4 += v * b[bi + 4];
                a5 += v * b[bi + 5];
                a6 += v * b[bi + 6];
                a7 += v * b[bi + 7];
            }
            out[o + j0] = a0;
            out[o + j0 + 1] = a1;
            out[o + j0 + 2] = a2;
            out[o + j0 + 3] = a3;
            out[o + j0 + 4] = a4;
            out[o + j0 + 5] = a5;
            out[o + j0 + 6] = a6;
            out[o + j0 + 7] = a7;
        }
        for (; j0 + 4 <= n; j0 += 4) {
            float a0 = 0, a1 = 0, a2 = 0, a3 = 0;
            for (int k = s; k < e; k++) {
                float v = val[k];
                int bi = (idx == null ? k - s : idx[k]) * n + j0;
                a0 += v * b[bi];
                a1 += v * b[bi + 1];
                a2 += v * b[bi + 2];
                a3 += v * b[bi + 3];
            }
            out[o + j0] = a0;
            out[o + j0 + 1] = a1;
            out[o + j0 + 2] = a2;
            out[o + j0 + 3] = a3;
        }
        if (j0 < n) { // 1 to 3 columns left: one pass
            boolean two = j0 + 1 < n, three = j0 + 2 < n;
            float a0 = 0, a1 = 0, a2 = 0;
            for (int k = s; k < e; k++) {
                float v = val[k];
                int bi = (idx == null ? k - s : idx[k]) * n + j0;
                a0 += v * b[bi];
                if (two) a1 += v * b[bi + 1];
                if (three) a2 += v * b[bi + 2];
            }
            out[o + j0] = a0;
            if (two) out[o + j0 + 1] = a1;
            if (three) out[o + j0 + 2] = a2;
        }
    }

    @Override
    public void gemm(INDArray a, INDArray b, INDArray out, boolean transposeA, boolean transposeB) {
        int m = (int) (transposeA ? a.size(1) : a.size(0)), k = (int) (transposeA ? a.size(0) : a.size(1));
        int kb = (int) (transposeB ? b.size(1) : b.size(0)), n = (int) (transposeB ? b.size(0) : b.size(1));
        if (k != kb || out.size(0) != m || out.size(1) != n) {
            throw new IllegalArgumentException("gemm shapes " + Arrays.toString(a.shape()) + (transposeA ? "ᵀ" : "") + " · "
                    + Arrays.toString(b.shape()) + (transposeB ? "ᵀ" : "") + " -> " + Arrays.toString(out.shape()));
        }
        if ((long) m * k * n >= BLAS_MACS) {
            Nd4j.gemm(a, b, out, transposeA, transposeB, 1.0, 0.0);
            return;
        }
        // transposed operands are transposed once (O(size)) so every product runs the register-blocked row kernel
        float[] av = Floats.read(a), bv = Floats.read(b), o = new float[m * n];
        float[] left = transposeA ? transpose(av, k, m) : av;
        float[] right = transposeB ? transpose(bv, n, k) : bv;
        rows(m, (long) m * k * n, (from, to) -> {
            for (int i = from; i < to; i++) combineRow(left, null, i * k, i * k + k, right, n, o, i * n);
        });
        Floats.write(o, out);
    }

    /** The transpose of a rows × cols row-major matrix. */
    private static float[] transpose(float[] v, int rows, int cols) {
        float[] t = new float[v.length];
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) t[c * rows + r] = v[r * cols + c];
        return t;
    }

    @FunctionalInterface
    private interface RowRange {
        void run(int from, int to);
    }

    private static void rows(int m, long macs, RowRange body) {
        if (THREADS == 1 || macs < PARALLEL_MACS) {
            body.run(0, m);
            return;
        }
        int blocks = Math.min(m, 4 * THREADS);
        IntStream.range(0, blocks).parallel().forEach(blk -> body.run((int) ((long) m * blk / blocks),
                (int) ((long) m * (blk + 1) / blocks)));
    }

    @Override
    public void addRowVector(INDArray a, INDArray row) {
        int n = (int) a.size(1);
        float[] v = Floats.read(a), r = Floats.read(row);
        if (r.length != n) throw new IllegalArgumentException("row vector of " + r.length + " for " + n + " columns");
        for (int i = 0; i < v.length; i += n) for (int j = 0; j < n; j++) v[i + j] += r[j];
        Floats.write(v, a);
    }

    @Override
    public void columnSums(INDArray a, INDArray out) {
        int n = (int) a.size(1);
        float[] v = Floats.read(a);
        double[] s = new double[n];
        for (int i = 0; i < v.length; i += n) for (int j = 0; j < n; j++) s[j] += v[i + j];
        float[] o = new float[n];
        for (int j = 0; j < n; j++) o[j] = (float) s[j];
        Floats.write(o, out);
    }

    static void checkShapes(int outRows, int innerDim, INDArray b, INDArray out) {
        if (b.rank() != 2 || b.size(0) != innerDim || out.rank() != 2 || out.size(0) != outRows || out.size(1) != b.size(1)) {
            throw new IllegalArgumentException("sparse product: dense operand " + Arrays.toString(b.shape()) + " and output "
                    + Arrays.toString(out.shape()) + " do not fit a sparse matrix with inner dimension " + innerDim
                    + " and " + outRows + " output rows");
        }
    }
}
