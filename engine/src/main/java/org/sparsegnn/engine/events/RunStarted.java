package org.sparsegnn.engine.events;

import java.util.List;
import java.util.Map;

/**
 * First event of every run.
 *
 * @param settings      the run's settings as flat key/value strings (dataset, model, method, seed, …) for display
 * @param layers        every weight tensor of the model
 * @param totalEpochs   epochs the run will take (all phases)
 * @param stepsPerEpoch optimizer steps per epoch (1 for full-batch GCN)
 * @param backend       ND4J backend in use, e.g. "CPU" or "CUDA"
 */
public record RunStarted(String runId, long timestampMillis, Map<String, String> settings, List<LayerInfo> layers,
                         int totalEpochs, int stepsPerEpoch, String backend) implements TrainingEvent {
    public RunStarted {
        settings = Map.copyOf(settings);
        layers = List.copyOf(layers);
    }
}
