package org.sparsegnn.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The combination step {@code X·W} shared by dense and graph layers, with its two gradients. Sparse inputs go
 * through the CSR kernel (never densified), dense inputs through a dense product.
 */
final class Combination {
    private Combination() {
    }

    /**
     * Like {@link #forward(LayerInput, INDArray, Kernels, Buffers)}; with sparse input and a mask at most
     * {@link SparseSparseProduct#MAX_WEIGHT_DENSITY} dense, the CPU backend multiplies sparse × sparse.
     */
    static INDArray forward(LayerInput x, INDArray w, Mask mask, Kernels k, Buffers buffers) {
        if (mask != null && x instanceof SparseRows s && k instanceof JavaKernels
                && mask.density() <= SparseSparseProduct.MAX_WEIGHT_DENSITY && x.cols() == w.size(0)) {
            INDArray out = buffers.get("xw", x.rows(), w.size(1));
            float[] o = new float[(int) out.length()];
            SparseSparseProduct.multiply(s, Floats.read(w), mask, o);
            Floats.write(o, out);
            return out;
        }
        return forward(x, w, k, buffers);
    }

    static INDArray forward(LayerInput x, INDArray w, Kernels k, Buffers buffers) {
        if (x.cols() != w.size(0)) {
            throw new IllegalArgumentException("input has " + x.cols() + " columns, weight expects " + w.size(0));
        }
        INDArray out = buffers.get("xw", x.rows(), w.size(1));
        if (x instanceof SparseRows s) k.spmm(s, w, out);
        else k.gemm(((DenseRows) x).values(), w, out, false, false);
        return out;
    }

    /** Writes dL/dW = Xᵀ · dY into {@code gradient}. */
    static void weightGradient(LayerInput x, INDArray dY, INDArray gradient, Kernels k) {
        if (x instanceof SparseRows s) k.spmmTransposed(s, dY, gradient);
        else k.gemm(((DenseRows) x).values(), dY, gradient, true, false);
    }

    /** dL/dX = dY · Wᵀ for dense inputs; null for sparse inputs (raw features need no gradient). */
    static INDArray inputGradient(LayerInput x, INDArray dY, INDArray w, Kernels k, Buffers buffers) {
        if (!(x instanceof DenseRows)) return null;
        INDArray out = buffers.get("dx", dY.size(0), w.size(0));
        k.gemm(dY, w, out, false, true);
        return out;
    }
}
