package org.sparsegnn.engine.embed;

import java.util.Locale;

/**
 * How a run turns graph structure into FNN inputs: random-walk node embeddings (optionally top-k sparsified)
 * and, for link prediction, how edges are split and how a node pair's feature is made. Part of
 * {@code TrainingConfig} (JSON field {@code embedding}); add fields, never rename them.
 *
 * @param method       "none" (use the graph's own features), "deepwalk" or "node2vec"
 * @param dimension    embedding size (the paper: 16 for link prediction, 64 for node classification)
 * @param walkLength   nodes per walk
 * @param walksPerNode walks started from every node
 * @param window       skip-gram window
 * @param negatives    negative samples per pair
 * @param sgEpochs     skip-gram passes over the walks
 * @param p            node2vec return parameter
 * @param q            node2vec in-out parameter
 * @param topkPercent  keep this percentage of embedding entries by magnitude (0 = dense embedding)
 * @param edgeFeature  link task: hadamard, concat, l1 or l2
 * @param valFraction  link task: share of edges held out for validation
 * @param testFraction link task: share of edges held out for testing
 * @param threads      skip-gram worker threads (0 = one per core); not part of the result's identity
 */
public record EmbeddingConfig(String method, int dimension, int walkLength, int walksPerNode, int window,
                              int negatives, int sgEpochs, double p, double q, double topkPercent,
                              String edgeFeature, double valFraction, double testFraction, int threads) {

    public static final String NONE = "none";

    public EmbeddingConfig {
        method = method == null ? NONE : method.toLowerCase(Locale.ROOT);
        edgeFeature = edgeFeature == null ? "hadamard" : edgeFeature.toLowerCase(Locale.ROOT);
    }

    /** No embedding: FNN/GCN on the graph's features; link defaults kept for when a task needs them. */
    public static EmbeddingConfig none() {
        return new EmbeddingConfig(NONE, 16, 40, 10, 5, 5, 1, 1, 1, 0, "hadamard", 0.1, 0.1, 0);
    }

    /** DeepWalk with this project's defaults (10 walks × 40 nodes, window 5, 5 negatives, one pass). */
    public static EmbeddingConfig deepWalk(int dimension) {
        return new EmbeddingConfig(EmbeddingParams.DEEPWALK, dimension, 40, 10, 5, 5, 1, 1, 1, 0, "hadamard",
                0.1, 0.1, 0);
    }

    public boolean enabled() {
        return !NONE.equals(method);
    }

    public boolean sparse() {
        return topkPercent > 0 && topkPercent < 100;
    }

    /** The walk + skip-gram parameters for {@link NodeEmbedder}, seeded by the run's seed. */
    public EmbeddingParams params(long seed) {
        return new EmbeddingParams(method, dimension, walkLength, walksPerNode, window, negatives, sgEpochs,
                0.025, p, q, seed, threads);
    }

    public EmbeddingConfig withMethod(String m) {
        return new EmbeddingConfig(m, dimension, walkLength, walksPerNode, window, negatives, sgEpochs, p, q,
                topkPercent, edgeFeature, valFraction, testFraction, threads);
    }

    public EmbeddingConfig withEdgeFeature(String feature) {
        return new EmbeddingConfig(method, dimension, walkLength, walksPerNode, window, negatives, sgEpochs, p, q,
                topkPercent, feature, valFraction, testFraction, threads);
    }

    public EmbeddingConfig withTopk(double percent) {
        return new EmbeddingConfig(method, dimension, walkLength, walksPerNode, window, negatives, sgEpochs, p, q,
                percent, edgeFeature, valFraction, testFraction, threads);
    }
}
