package org.sparsegnn.engine.events;

/**
 * The full mask of one layer at some step (at run start, and whenever a method replaces a mask wholesale, e.g.
 * a one-shot prune). Indices are flat row-major ({@code row * cols + col}), sorted ascending.
 */
public record MaskInitialized(String runId, String layer, long step, int epoch, int rows, int cols, int[] active)
        implements TrainingEvent {
    public MaskInitialized {
        active = active.clone();
    }

    public long nnz() {
        return active.length;
    }
}
