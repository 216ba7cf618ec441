package org.sparsegnn.engine.nn;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Dense (fully connected) layer {@code Y = X·W + b}, or {@code Y = ReLU(X·W + b)} (the ReLU fused into the sparse
 * kernels); X may be sparse or dense, W masked or not.
 */
public final class Linear {
    private final Parameter weight;
    private final Parameter bias;
    private final Combination combination;
    private long nanos;

    /** Weight {@code <prefix>.weight} (Glorot, prunable), bias {@code <prefix>.bias} (zeros, never pruned). */
    public Linear(String prefix, int fanIn, int fanOut, Random init, Kernels kernels, KernelChoice choice) {
        this(prefix, fanIn, fanOut, init, kernels, choice, false);
    }

    /** @param relu whether the layer ends with a ReLU ({@link #forward} returns its output, {@link #backward} takes its gradient) */
    public Linear(String prefix, int fanIn, int fanOut, Random init, Kernels kernels, KernelChoice choice, boolean relu) {
        this.weight = new Parameter(prefix + ".weight", Glorot.uniform(fanIn, fanOut, init), true);
        this.bias = new Parameter(prefix + ".bias", Nd4j.zeros(DataType.FLOAT, 1, fanOut), false);
        this.combination = new Combination(weight, bias, kernels, choice, relu);
    }

    public Parameter weight() { return weight; }
    public Parameter bias() { return bias; }

    /** "dense" or "sparse": the kernels of the last forward pass. */
    public String kernel() {
        return combination.kernel();
    }

    public DenseRows forward(LayerInput x) {
        long t = System.nanoTime();
        DenseRows y = combination.forward(x);
        nanos += System.nanoTime() - t;
        return y;
    }

    /** Nanoseconds spent in this layer's forward and backward passes so far. */
    public long nanos() {
        return nanos;
    }

    /** Writes the weight and bias gradients; returns dL/dX for dense input, null for sparse input. */
    public DenseRows backward(DenseRows dY) {
        return backward(dY, true);
    }

    /**
     * As {@link #backward(DenseRows)}; with {@code inputGradient} false dL/dX is not computed (null), e.g. for a
     * first layer whose input is raw data.
     */
    public DenseRows backward(DenseRows dY, boolean inputGradient) {
        return backward(dY, inputGradient, false);
    }

    /**
     * As {@link #backward(DenseRows, boolean)}; {@code inputFromRelu} says that the input was the output of a
     * previous layer's ReLU as is (no dropout in between): the sparse kernels then take dL/dX back through that
     * ReLU in the same pass, and the previous layer, given that gradient, skips its ReLU.
     */
    public DenseRows backward(DenseRows dY, boolean inputGradient, boolean inputFromRelu) {
        long t = System.nanoTime();
        DenseRows dx = combination.backward(dY, inputGradient, inputFromRelu);
        nanos += System.nanoTime() - t;
        return dx;
    }
}
