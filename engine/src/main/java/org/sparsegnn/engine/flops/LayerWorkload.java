package org.sparsegnn.engine.flops;

/**
 * What one weight layer computes per forward pass over one epoch's worth of rows, enough for the analytical
 * FLOPs model of the paper (§III-C) and for counting executed FLOPs from nonzeros.
 *
 * @param weightName     the layer's weight parameter name (keys masks)
 * @param fanIn          input features
 * @param fanOut         output features
 * @param rowsPerEpoch   rows pushed through the layer per training epoch (nodes for full-batch GCN, training
 *                       samples for an FNN)
 * @param inputDensity   fraction of nonzero input entries (1 for dense inputs; Cora's bag-of-words ≈ 0.013;
 *                       sparse top-k embeddings: 1 − p_e)
 * @param aggregationNnz nonzeros of the propagation matrix Â applied after the combination (0 for an FNN layer)
 */
public record LayerWorkload(String weightName, int fanIn, int fanOut, long rowsPerEpoch, double inputDensity,
                            long aggregationNnz) {
}
