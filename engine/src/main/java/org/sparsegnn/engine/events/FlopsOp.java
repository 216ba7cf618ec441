package org.sparsegnn.engine.events;

/** The two stages of a GCN layer; FNN layers only have a combination. */
public enum FlopsOp {
    /** X · W: scales with weight and input density. */
    COMBINATION,
    /** Â · (X W): 2 · nnz(Â) · d_out, independent of weight sparsity. */
    AGGREGATION
}
