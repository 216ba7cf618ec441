package org.sparsegnn.engine.nn;

import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.DenseMatrix;
import org.sparsegnn.engine.graph.FeatureMatrix;

/** Turns graph feature matrices into layer inputs without densifying sparse ones. */
public final class Inputs {
    private Inputs() {
    }

    public static LayerInput of(FeatureMatrix features) {
        if (features instanceof CsrMatrix csr) return new SparseRows(csr);
        DenseMatrix d = (DenseMatrix) features;
        return new DenseRows(Floats.matrix(d.data(), d.rows(), d.cols()));
    }
}
