package org.sparsegnn.engine.events;

/**
 * One drop-and-grow (or prune) update of one layer's mask. Indices are flat row-major, sorted ascending.
 * {@code regrown} ⊆ dropped ∩ grown: weights dropped and grown back in the same update (the mask is unchanged
 * there, but the weight was reset). {@code nnz} is the layer's active count after the update.
 *
 * @param updateIndex 0-based number of the update round (all layers updated at one step share it)
 * @param reason short machine-readable reason, e.g. "rigl", "set", "prune", "gmp"
 */
public record MaskUpdated(String runId, String layer, long step, int epoch, int updateIndex, String reason,
                          int[] dropped, int[] grown, int[] regrown, long nnz) implements TrainingEvent {
    public MaskUpdated {
        dropped = dropped.clone();
        grown = grown.clone();
        regrown = regrown.clone();
    }
}
