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
    private final Kernels kernels;
    private final Buffers buffers = new Buffers();
    private LayerInput input;

    public GcnLayer(String prefix, int fanIn, int fanOut, SparseRows propagation, Random init, Kernels kernels) {
        if (propagation.rows() != propagation.cols()) throw new IllegalArgumentException("Â must be square");
        this.weight = new Parameter(prefix + ".weight", Glorot.uniform(fanIn, fanOut, init), true);
        this.bias = new Parameter(prefix + ".bias", Nd4j.zeros(DataType.FLOAT, 1, fanOut), false);
        this.propagation = propagation;
        this.kernels = kernels;
        propagation.transposeIndptr(); // Â is used every step: build its transpose once
    }

    public Parameter weight() { return weight; }
    public Parameter bias() { return bias; }

    public INDArray forward(LayerInput x) {
        if (x.rows() != propagation.rows()) {
            throw new IllegalArgumentException("GCN input has " + x.rows() + " rows for " + propagation.rows() + " nodes");
        }
        input = x;
        INDArray combined = Combination.forward(x, weight.value(), kernels, buffers);
        INDArray z = buffers.get("z", x.rows(), weight.value().size(1));
        kernels.spmm(propagation, combined, z);
        kernels.addRowVector(z, bias.value());
        return z;
    }

    /** Writes the weight and bias gradients; returns dL/dX for dense input, null for sparse input. */
    public INDArray backward(INDArray dZ) {
        if (input == null) throw new IllegalStateException("backward before forward");
        kernels.columnSums(dZ, bias.gradient());
        INDArray dCombined = buffers.get("dxw", dZ.size(0), dZ.size(1));
        kernels.spmmTransposed(propagation, dZ, dCombined);
        Combination.weightGradient(input, dCombined, weight.gradient(), kernels);
        return Combination.inputGradient(input, dCombined, weight.value(), kernels, buffers);
    }
}
