package org.sparsegnn.engine.nn;

import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * CSR × dense as plain Java loops over the arrays' float buffers, parallel over blocks of output rows (each
 * output row is written by exactly one thread in a fixed order, so results are deterministic). Measured here
 * ~10–30× faster than ND4J's gather + segment-sum on CPU.
 */
public final class JavaSpmmKernel implements SpmmKernel {
    public static final JavaSpmmKernel INSTANCE = new JavaSpmmKernel();

    /** Below this many multiply-adds a single thread beats the fork/join overhead. */
    private static final long PARALLEL_WORK = 200_000;

    private JavaSpmmKernel() {
    }

    @Override
    public INDArray multiply(SparseRows a, INDArray b) {
        int n = (int) b.size(1);
        check(a.cols(), b, "A·B");
        float[] bv = Floats.read(b);
        float[] out = new float[a.rows() * n];
        multiply(a.indptr(), a.indices(), a.values(), null, a.rows(), bv, n, out);
        return Floats.matrix(out, a.rows(), n);
    }

    @Override
    public INDArray transposeMultiply(SparseRows a, INDArray b) {
        int n = (int) b.size(1);
        check(a.rows(), b, "Aᵀ·B");
        float[] bv = Floats.read(b);
        float[] out = new float[a.cols() * n];
        multiply(a.transposeIndptr(), a.transposeIndices(), a.values(), a.transposePermutation(), a.cols(), bv, n, out);
        return Floats.matrix(out, a.cols(), n);
    }

    /**
     * out[r,:] = Σ_k values[perm(k)] · b[indices[k],:] over row r's entries; {@code perm == null} means the
     * identity (values stored in structure order).
     */
    public static void multiply(int[] indptr, int[] indices, float[] values, int[] perm, int rows, float[] b, int n,
                                float[] out) {
        long work = (long) indptr[rows] * n;
        if (work < PARALLEL_WORK) {
            rowRange(indptr, indices, values, perm, 0, rows, b, n, out);
            return;
        }
        int blocks = Math.min(rows, 4 * Runtime.getRuntime().availableProcessors());
        IntStream.range(0, blocks).parallel().forEach(blk -> {
            int from = (int) ((long) rows * blk / blocks), to = (int) ((long) rows * (blk + 1) / blocks);
            rowRange(indptr, indices, values, perm, from, to, b, n, out);
        });
    }

    private static void rowRange(int[] indptr, int[] indices, float[] values, int[] perm, int from, int to,
                                 float[] b, int n, float[] out) {
        for (int r = from; r < to; r++) {
            int o = r * n;
            java.util.Arrays.fill(out, o, o + n, 0f);
            for (int k = indptr[r]; k < indptr[r + 1]; k++) {
                float v = values[perm == null ? k : perm[k]];
                if (v == 0f) continue; // dropped-out entries
                int bi = indices[k] * n;
                for (int j = 0; j < n; j++) out[o + j] += v * b[bi + j];
            }
        }
    }

    static void check(int innerDim, INDArray b, String what) {
        if (b.rank() != 2 || b.size(0) != innerDim) {
            throw new IllegalArgumentException(what + ": dense operand has shape " + java.util.Arrays.toString(b.shape())
                    + ", expected " + innerDim + " rows");
        }
    }
}
