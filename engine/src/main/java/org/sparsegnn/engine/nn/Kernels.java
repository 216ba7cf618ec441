package org.sparsegnn.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The array operations every layer is built from, writing into caller-owned (preallocated) outputs. Two
 * implementations: {@link JavaKernels} (CPU: plain Java loops over the arrays' buffers, ND4J's BLAS only for
 * large dense products) and {@link Nd4jKernels} (ND4J ops only, so data stays on the device of a GPU backend).
 * They must agree; a test checks it.
 */
public interface Kernels {
    /** out = A · B (A sparse rows × k, B k × n). */
    void spmm(SparseRows a, INDArray b, INDArray out);

    /** out = Aᵀ · B (A sparse rows × k, B rows × n, out k × n). */
    void spmmTransposed(SparseRows a, INDArray b, INDArray out);

    /** out = op(A) · op(B), op = transpose when the flag is set. */
    void gemm(INDArray a, INDArray b, INDArray out, boolean transposeA, boolean transposeB);

    /** a[i, :] += row[0, :] for every row i (in place). */
    void addRowVector(INDArray a, INDArray row);

    /** out[0, j] = Σ_i a[i, j]. */
    void columnSums(INDArray a, INDArray out);

    /**
     * The implementation for the active backend, unless system property {@code sparsegnn.kernels} says
     * {@code java} or {@code nd4j} (e.g. to run the device path on a CPU).
     */
    static Kernels forBackend() {
        String forced = System.getProperty("sparsegnn.kernels", "");
        if (forced.equals("nd4j")) return Nd4jKernels.INSTANCE;
        if (forced.equals("java")) return JavaKernels.INSTANCE;
        return Backend.isCpu() ? JavaKernels.INSTANCE : Nd4jKernels.INSTANCE;
    }
}
