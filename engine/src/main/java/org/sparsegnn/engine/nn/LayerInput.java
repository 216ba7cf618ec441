package org.sparsegnn.engine.nn;

/**
 * The rows fed into a weight layer: sparse ({@link SparseRows}, e.g. bag-of-words features, never densified) or
 * dense ({@link DenseRows}, hidden activations and embeddings).
 */
public sealed interface LayerInput permits SparseRows, DenseRows {
    int rows();

    int cols();

    /** Fraction of stored entries (1 for dense input), used by the FLOPs model. */
    double density();

    /** The given rows, in that order, as a new input (mini-batches, row subsets). */
    LayerInput selectRows(int[] rowIds);
}
