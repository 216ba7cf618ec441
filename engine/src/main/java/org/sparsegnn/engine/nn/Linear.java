package org.sparsegnn.engine.nn;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Dense (fully connected) layer {@code Y = X·W + b}; X may be sparse or dense. */
public final class Linear {
    private final Parameter weight;
    private final Parameter bias;
    private final SpmmKernel kernel;
    private LayerInput input;

    /** Weight {@code <prefix>.weight} (Glorot, prunable), bias {@code <prefix>.bias} (zeros, never pruned). */
    public Linear(String prefix, int fanIn, int fanOut, Random init, SpmmKernel kernel) {
        this.weight = new Parameter(prefix + ".weight", Glorot.uniform(fanIn, fanOut, init), true);
        this.bias = new Parameter(prefix + ".bias", Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, fanOut), false);
        this.kernel = kernel;
    }

    public Parameter weight() { return weight; }
    public Parameter bias() { return bias; }

    public INDArray forward(LayerInput x) {
        input = x;
        return Combination.forward(x, weight.value(), kernel).addiRowVector(bias.value());
    }

    /** Writes the weight and bias gradients; returns dL/dX for dense input, null for sparse input. */
    public INDArray backward(INDArray dY) {
        if (input == null) throw new IllegalStateException("backward before forward");
        weight.gradient().assign(Combination.weightGradient(input, dY, kernel));
        bias.gradient().assign(dY.sum(true, 0));
        return Combination.inputGradient(input, dY, weight.value());
    }
}
