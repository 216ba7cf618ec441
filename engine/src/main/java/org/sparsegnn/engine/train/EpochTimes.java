package org.sparsegnn.engine.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.flops.LayerWorkload;
import org.sparsegnn.engine.model.Network;
import org.sparsegnn.engine.nn.LayerInput;
import org.sparsegnn.engine.nn.Parameter;

/**
 * Wall time of one epoch's training steps by kind of work ({@link EpochCompleted#millisByKind}): the trainer
 * times its optimizer and sparsity-method calls, and the task's forward and backward passes go through
 * {@link #timed(Network)}. Whatever is left of the epoch (batches, loss, bookkeeping) is "other".
 */
final class EpochTimes {
    static final int FORWARD = 0;
    static final int BACKWARD = 1;
    static final int OPTIMIZER = 2;
    static final int MASK_UPDATE = 3;
    private static final List<String> KINDS = EpochCompleted.TIME_KINDS; // the four above, then "other"

    private final long[] nanos = new long[KINDS.size() - 1];
    private Map<String, Long> layersAtStart = Map.of();

    /** Starts an epoch; {@code layerNanos} is the model's running total per layer now. */
    void reset(Map<String, Long> layerNanos) {
        java.util.Arrays.fill(nanos, 0);
        layersAtStart = layerNanos;
    }

    /** Milliseconds per layer since {@link #reset}, given the model's running totals now. */
    Map<String, Double> layerMillis(Map<String, Long> layerNanos) {
        Map<String, Double> m = new LinkedHashMap<>();
        layerNanos.forEach((k, v) -> m.put(k, (v - layersAtStart.getOrDefault(k, 0L)) / 1e6));
        return m;
    }

    void add(int kind, long startNanos) {
        nanos[kind] += System.nanoTime() - startNanos;
    }

    /** Milliseconds by kind for an epoch whose training took {@code epochMillis} in all. */
    Map<String, Double> millis(double epochMillis) {
        Map<String, Double> m = new LinkedHashMap<>();
        double counted = 0;
        for (int k = 0; k < nanos.length; k++) {
            m.put(KINDS.get(k), nanos[k] / 1e6);
            counted += nanos[k] / 1e6;
        }
        m.put(KINDS.get(nanos.length), Math.max(0, epochMillis - counted));
        return m;
    }

    /** The network with its training-mode forward and its backward passes timed. */
    Network timed(Network model) {
        return new Network() {
            @Override public String kind() { return model.kind(); }
            @Override public List<Parameter> parameters() { return model.parameters(); }
            @Override public List<LayerWorkload> workloads() { return model.workloads(); }
            @Override public List<Parameter> decayedParameters() { return model.decayedParameters(); }
            @Override public Map<String, String> kernelByLayer() { return model.kernelByLayer(); }
            @Override public Map<String, Long> layerNanos() { return model.layerNanos(); }

            @Override
            public INDArray forward(LayerInput input, boolean training) {
                long t = System.nanoTime();
                INDArray out = model.forward(input, training);
                if (training) add(FORWARD, t);
                return out;
            }

            @Override
            public void backward(INDArray outputGradient) {
                long t = System.nanoTime();
                model.backward(outputGradient);
                add(BACKWARD, t);
            }
        };
    }
}
