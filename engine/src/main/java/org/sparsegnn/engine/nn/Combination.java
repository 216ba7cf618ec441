package org.sparsegnn.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The combination step {@code X·W} shared by dense and graph layers, with its two gradients. Sparse inputs go
 * through the CSR kernel (never densified), dense inputs through ND4J's GEMM.
 */
final class Combination {
    private Combination() {
    }

    static INDArray forward(LayerInput x, INDArray w, SpmmKernel kernel) {
        checkInput(x, w);
        if (x instanceof SparseRows s) return kernel.multiply(s, w);
        return ((DenseRows) x).values().mmul(w);
    }

    /** dL/dW = Xᵀ · dY. */
    static INDArray weightGradient(LayerInput x, INDArray dY, SpmmKernel kernel) {
        if (x instanceof SparseRows s) return kernel.transposeMultiply(s, dY);
        return ((DenseRows) x).values().transpose().mmul(dY);
    }

    /** dL/dX = dY · Wᵀ for dense inputs; null for sparse inputs (raw features need no gradient). */
    static INDArray inputGradient(LayerInput x, INDArray dY, INDArray w) {
        return x instanceof DenseRows ? dY.mmul(w.transpose()) : null;
    }

    private static void checkInput(LayerInput x, INDArray w) {
        if (x.cols() != w.size(0)) {
            throw new IllegalArgumentException("input has " + x.cols() + " columns, weight expects " + w.size(0));
        }
    }
}
