package org.sparsegnn.engine.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sparsegnn.engine.flops.LayerWorkload;
import org.sparsegnn.engine.nn.DenseRows;
import org.sparsegnn.engine.nn.Dropout;
import org.sparsegnn.engine.nn.KernelChoice;
import org.sparsegnn.engine.nn.LayerInput;
import org.sparsegnn.engine.nn.Linear;
import org.sparsegnn.engine.nn.Parameter;
import org.sparsegnn.engine.nn.Kernels;

/**
 * Feed-forward network: Linear layers {@code fnn.layer1 … fnn.layerK} with ReLU between them (each hidden layer
 * ends with its ReLU, fused into the sparse kernels) and dropout on the input of every layer; the last layer outputs raw scores (logits). Inputs may be sparse or dense. Activations
 * pass between the layers in the layout the producing layer works in (by column between sparse-weight layers),
 * so consecutive sparse layers never convert.
 */
public final class Fnn implements Network {
    private final List<Linear> layers = new ArrayList<>();
    private final List<Dropout> dropouts = new ArrayList<>();
    private final List<LayerWorkload> workloads = new ArrayList<>();

    /**
     * @param rowsPerEpoch training rows pushed through the network per epoch (FLOPs model)
     * @param inputDensity fraction of nonzero input entries (FLOPs model)
     */
    public Fnn(int inputs, List<Integer> hidden, int outputs, double dropout, long seed, long rowsPerEpoch,
               double inputDensity) {
        this(inputs, hidden, outputs, dropout, seed, rowsPerEpoch, inputDensity, KernelChoice.AUTO);
    }

    /** @param kernels which kernels multiply the weights (see {@link KernelChoice}) */
    public Fnn(int inputs, List<Integer> hidden, int outputs, double dropout, long seed, long rowsPerEpoch,
               double inputDensity, KernelChoice kernels) {
        kernels.checkBackend();
        Random init = new Random(seed);
        Kernels kernel = Kernels.forBackend();
        List<Integer> sizes = new ArrayList<>();
        sizes.add(inputs);
        sizes.addAll(hidden);
        sizes.add(outputs);
        for (int i = 0; i + 1 < sizes.size(); i++) {
            boolean endsWithRelu = i + 2 < sizes.size();
            Linear l = new Linear("fnn.layer" + (i + 1), sizes.get(i), sizes.get(i + 1), init, kernel, kernels, endsWithRelu);
            layers.add(l);
            dropouts.add(new Dropout(dropout, seed * 0x9E3779B97F4A7C15L + i + 1));
            workloads.add(new LayerWorkload(l.weight().name(), sizes.get(i), sizes.get(i + 1), rowsPerEpoch,
                    i == 0 ? inputDensity : 1.0, 0));
        }
    }

    @Override
    public String kind() {
        return ModelKind.FNN.id();
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        for (Linear l : layers) {
            out.add(l.weight());
            out.add(l.bias());
        }
        return out;
    }

    @Override
    public List<LayerWorkload> workloads() {
        return List.copyOf(workloads);
    }

    @Override
    public List<Parameter> decayedParameters() {
        return layers.stream().map(Linear::weight).toList();
    }

    @Override
    public Map<String, String> kernelByLayer() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Linear l : layers) m.put(l.weight().name(), l.kernel());
        return m;
    }

    @Override
    public Map<String, Long> layerNanos() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Linear l : layers) m.put(l.weight().name(), l.nanos());
        return m;
    }

    @Override
    public INDArray forward(LayerInput x, boolean training) {
        LayerInput in = x;
        DenseRows out = null;
        for (int i = 0; i < layers.size(); i++) {
            out = layers.get(i).forward(dropouts.get(i).forward(in, training));
            in = out;
        }
        return out.values();
    }

    @Override
    public void backward(INDArray dOut) {
        DenseRows g = new DenseRows(dOut);
        for (int i = layers.size() - 1; i >= 0; i--) {
            // the input of layer 1 is data: no gradient needed; the others are the previous layer's ReLU output,
            // as is when no dropout acts in between
            g = layers.get(i).backward(g, i > 0, i > 0 && dropouts.get(i).rate() == 0);
            if (i > 0) g = dropouts.get(i).backward(g); // into the ReLU at the end of layer i - 1
        }
    }
}
