package org.sparsegnn.engine.events;

/** Values of one weight tensor (row-major, masked weights are 0) at the end of an epoch, for the heatmap. */
public record WeightSnapshot(String runId, String layer, int epoch, long step, int rows, int cols, float[] values)
        implements TrainingEvent {
    public WeightSnapshot {
        values = values.clone();
    }
}
