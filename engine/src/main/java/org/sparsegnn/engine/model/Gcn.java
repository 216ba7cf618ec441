package org.sparsegnn.engine.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sparsegnn.engine.flops.LayerWorkload;
import org.sparsegnn.engine.nn.DenseRows;
import org.sparsegnn.engine.nn.Dropout;
import org.sparsegnn.engine.nn.GcnLayer;
import org.sparsegnn.engine.nn.KernelChoice;
import org.sparsegnn.engine.nn.Kernels;
import org.sparsegnn.engine.nn.LayerInput;
import org.sparsegnn.engine.nn.Parameter;
import org.sparsegnn.engine.nn.Relu;
import org.sparsegnn.engine.nn.SparseRows;

/**
 * Kipf &amp; Welling's two-layer GCN,
 * {@code Z = Â·(drop(ReLU(Â·(drop(X)·W1) + b1))·W2) + b2}, Glorot weights, zero biases, dropout on the inputs of
 * both layers. Parameters {@code gcn.layer1.weight}, {@code gcn.layer1.bias}, {@code gcn.layer2.weight},
 * {@code gcn.layer2.bias}.
 */
public final class Gcn implements Network {
    private final GcnLayer layer1;
    private final GcnLayer layer2;
    private final Dropout inputDropout;
    private final Dropout hiddenDropout;
    private final Relu relu = new Relu();
    private final List<LayerWorkload> workloads;

    /**
     * @param propagation    the normalised propagation matrix Â (n × n)
     * @param featureDensity fraction of nonzero input features (FLOPs model)
     */
    public Gcn(int features, int hidden, int classes, SparseRows propagation, double featureDensity, double dropout,
               long seed) {
        this(features, hidden, classes, propagation, featureDensity, dropout, seed, KernelChoice.AUTO);
    }

    /** @param kernels which kernels multiply the weights (see {@link KernelChoice}) */
    public Gcn(int features, int hidden, int classes, SparseRows propagation, double featureDensity, double dropout,
               long seed, KernelChoice kernels) {
        kernels.checkBackend();
        Random init = new Random(seed);
        Kernels kernel = Kernels.forBackend();
        layer1 = new GcnLayer("gcn.layer1", features, hidden, propagation, init, kernel, kernels);
        layer2 = new GcnLayer("gcn.layer2", hidden, classes, propagation, init, kernel, kernels);
        inputDropout = new Dropout(dropout, seed * 0x9E3779B97F4A7C15L + 1);
        hiddenDropout = new Dropout(dropout, seed * 0x9E3779B97F4A7C15L + 2);
        int n = propagation.rows();
        workloads = List.of(
                new LayerWorkload(layer1.weight().name(), features, hidden, n, featureDensity, propagation.nnz()),
                new LayerWorkload(layer2.weight().name(), hidden, classes, n, 1.0, propagation.nnz()));
    }

    @Override
    public String kind() {
        return ModelKind.GCN.id();
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(layer1.weight(), layer1.bias(), layer2.weight(), layer2.bias());
    }

    @Override
    public List<LayerWorkload> workloads() {
        return workloads;
    }

    @Override
    public List<Parameter> decayedParameters() {
        return List.of(layer1.weight());
    }

    @Override
    public Map<String, String> kernelByLayer() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(layer1.weight().name(), layer1.kernel());
        m.put(layer2.weight().name(), layer2.kernel());
        return m;
    }

    @Override
    public Map<String, Long> layerNanos() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put(layer1.weight().name(), layer1.nanos());
        m.put(layer2.weight().name(), layer2.nanos());
        return m;
    }

    @Override
    public INDArray forward(LayerInput x, boolean training) {
        DenseRows h = relu.forward(new DenseRows(layer1.forward(inputDropout.forward(x, training))));
        return layer2.forward(hiddenDropout.forward(h, training));
    }

    @Override
    public void backward(INDArray dLogits) {
        INDArray dHidden = hiddenDropout.backward(layer2.backward(dLogits));
        layer1.backward(relu.backward(new DenseRows(dHidden)).values());
    }
}
