package org.sparsegnn.engine.nn;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Graph convolution {@code Z = Â·(X·W) + b} (Kipf &amp; Welling): combination then aggregation with the fixed,
 * normalised propagation matrix Â. X may be sparse or dense.
 */
public final class GcnLayer {
    private final Parameter weight;
    private final Parameter bias;
    private final SparseRows propagation;
    private final SpmmKernel kernel;
    private LayerInput input;

    public GcnLayer(String prefix, int fanIn, int fanOut, SparseRows propagation, Random init, SpmmKernel kernel) {
        if (propagation.rows() != propagation.cols()) throw new IllegalArgumentException("Â must be square");
        this.weight = new Parameter(prefix + ".weight", Glorot.uniform(fanIn, fanOut, init), true);
        this.bias = new Parameter(prefix + ".bias", Nd4j.zeros(DataType.FLOAT, 1, fanOut), false);
        this.propagation = propagation;
        this.kernel = kernel;
    }

    public Parameter weight() { return weight; }
    public Parameter bias() { return bias; }

    public INDArray forward(LayerInput x) {
        if (x.rows() != propagation.rows()) {
            throw new IllegalArgumentException("GCN input has " + x.rows() + " rows for " + propagation.rows() + " nodes");
        }
        input = x;
        INDArray combined = Combination.forward(x, weight.value(), kernel);
        return kernel.multiply(propagation, combined).addiRowVector(bias.value());
    }

    /** Writes the weight and bias gradients; returns dL/dX for dense input, null for sparse input. */
    public INDArray backward(INDArray dZ) {
        if (input == null) throw new IllegalStateException("backward before forward");
        bias.gradient().assign(dZ.sum(true, 0));
        INDArray dCombined = kernel.transposeMultiply(propagation, dZ);
        weight.gradient().assign(Combination.weightGradient(input, dCombined, kernel));
        return Combination.inputGradient(input, dCombined, weight.value());
    }
}
