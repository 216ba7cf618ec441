package org.sparsegnn.engine.nn;

import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.DenseMatrix;
import org.sparsegnn.engine.graph.FeatureMatrix;

/**
 * Turns graph feature matrices into layer inputs without densifying sparse ones. Dense ones share the matrix's
 * array (read-only); the INDArray a dense kernel needs is made on first use.
 */
public final class Inputs {
    private Inputs() {
    }

    public static LayerInput of(FeatureMatrix features) {
        if (features instanceof CsrMatrix csr) return new SparseRows(csr);
        DenseMatrix d = (DenseMatrix) features;
        return DenseRows.ofRowMajor(d.data(), d.rows(), d.cols());
    }
}
