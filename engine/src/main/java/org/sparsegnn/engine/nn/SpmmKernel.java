package org.sparsegnn.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Sparse (CSR) × dense products, the graph aggregation and sparse-input combination of every layer. */
public interface SpmmKernel {
    /** {@code A · B}: A is rows × k sparse, B is k × n dense; returns a new rows × n matrix. */
    INDArray multiply(SparseRows a, INDArray b);

    /** {@code Aᵀ · B}: A is rows × k sparse, B is rows × n dense; returns a new k × n matrix. */
    INDArray transposeMultiply(SparseRows a, INDArray b);

    /** The kernel for the active backend: plain Java loops on CPU, ND4J ops elsewhere. */
    static SpmmKernel forBackend() {
        return Backend.isCpu() ? JavaSpmmKernel.INSTANCE : Nd4jSpmmKernel.INSTANCE;
    }
}
