package org.sparsegnn.engine.nn;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Graph convolution {@code Z = Â·(X·W) + b} (Kipf &amp; Welling): combination then aggregation with the fixed,
 * normalised propagation matrix Â. X may be sparse or dense, W masked or not (the combination picks its kernels);
 * the aggregation always runs on the backend's kernels.
 */
public final class GcnLayer {
    private final Parameter weight;
    private final Parameter bias;
    private final SparseRows propagation;
    private final Kernels kernels;
    private final Combination combination;
    private final Buffers buffers = new Buffers();
    private long nanos;

    public GcnLayer(String prefix, int fanIn, int fanOut, SparseRows propagation, Random init, Kernels kernels,
                    KernelChoice choice) {
        if (propagation.rows() != propagation.cols()) throw new IllegalArgumentException("Â must be square");
        this.weight = new Parameter(prefix + ".weight", Glorot.uniform(fanIn, fanOut, init), true);
        this.bias = new Parameter(prefix + ".bias", Nd4j.zeros(DataType.FLOAT, 1, fanOut), false);
        this.propagation = propagation;
        this.kernels = kernels;
        this.combination = new Combination(weight, null, kernels, choice);
        propagation.transposeIndptr(); // Â is used every step: build its transpose once
    }

    public Parameter weight() { return weight; }
    public Parameter bias() { return bias; }

    /** "dense" or "sparse": the kernels of the last combination step. */
    public String kernel() {
        return combination.kernel();
    }

    public INDArray forward(LayerInput x) {
        if (x.rows() != propagation.rows()) {
            throw new IllegalArgumentException("GCN input has " + x.rows() + " rows for " + propagation.rows() + " nodes");
        }
        long t = System.nanoTime();
        INDArray combined = combination.forward(x).values();
        INDArray z = buffers.get("z", x.rows(), weight.cols());
        kernels.spmm(propagation, combined, z);
        kernels.addRowVector(z, bias.value());
        nanos += System.nanoTime() - t;
        return z;
    }

    /** Nanoseconds spent in this layer's forward and backward passes so far (aggregation included). */
    public long nanos() {
        return nanos;
    }

    /** Writes the weight and bias gradients; returns dL/dX for dense input, null for sparse input. */
    public INDArray backward(INDArray dZ) {
        long t = System.nanoTime();
        kernels.columnSums(dZ, bias.gradient());
        INDArray dCombined = buffers.get("dxw", dZ.size(0), dZ.size(1));
        kernels.spmmTransposed(propagation, dZ, dCombined);
        DenseRows dX = combination.backward(new DenseRows(dCombined), true);
        INDArray out = dX == null ? null : dX.values();
        nanos += System.nanoTime() - t;
        return out;
    }
}
