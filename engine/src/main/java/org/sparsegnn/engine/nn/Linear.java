package org.sparsegnn.engine.nn;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Dense (fully connected) layer {@code Y = X·W + b}; X may be sparse or dense. */
public final class Linear {
    private final Parameter weight;
    private final Parameter bias;
    private final Kernels kernels;
    private final Buffers buffers = new Buffers();
    private LayerInput input;

    /** Weight {@code <prefix>.weight} (Glorot, prunable), bias {@code <prefix>.bias} (zeros, never pruned). */
    public Linear(String prefix, int fanIn, int fanOut, Random init, Kernels kernels) {
        this.weight = new Parameter(prefix + ".weight", Glorot.uniform(fanIn, fanOut, init), true);
        this.bias = new Parameter(prefix + ".bias", Nd4j.zeros(DataType.FLOAT, 1, fanOut), false);
        this.kernels = kernels;
    }

    public Parameter weight() { return weight; }
    public Parameter bias() { return bias; }

    public INDArray forward(LayerInput x) {
        input = x;
        INDArray y = Combination.forward(x, weight.value(), weight.mask(), kernels, buffers);
        kernels.addRowVector(y, bias.value());
        return y;
    }

    /** Writes the weight and bias gradients; returns dL/dX for dense input, null for sparse input. */
    public INDArray backward(INDArray dY) {
        return backward(dY, true);
    }

    /**
     * As {@link #backward(INDArray)}; with {@code inputGradient} false dL/dX is not computed (null), e.g. for a
     * first layer whose input is raw data.
     */
    public INDArray backward(INDArray dY, boolean inputGradient) {
        if (input == null) throw new IllegalStateException("backward before forward");
        Combination.weightGradient(input, dY, weight.gradient(), kernels);
        kernels.columnSums(dY, bias.gradient());
        return inputGradient ? Combination.inputGradient(input, dY, weight.value(), kernels, buffers) : null;
    }
}
