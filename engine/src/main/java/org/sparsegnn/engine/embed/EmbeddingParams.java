package org.sparsegnn.engine.embed;

import java.util.Locale;

/**
 * Everything that determines a random-walk embedding (apart from the graph). {@link #cacheKey()} is part of the
 * embedding cache's key, so every field that changes the result must appear in it; {@code threads} does not
 * (Hogwild with several threads is not bit-reproducible anyway, see {@link SkipGramTrainer}).
 *
 * @param walk          "deepwalk" (uniform walks) or "node2vec" (second-order walks with p, q)
 * @param dimension     embedding size
 * @param walkLength    nodes per walk (including the start node)
 * @param walksPerNode  walks started from every node
 * @param window        skip-gram context window (each side; the effective window is drawn from 1..window)
 * @param negatives     negative samples per positive pair
 * @param epochs        passes of skip-gram over the walk corpus
 * @param learningRate  initial SGD learning rate, decayed linearly to 1e-4 of it
 * @param p             node2vec return parameter (1 for DeepWalk)
 * @param q             node2vec in-out parameter (1 for DeepWalk)
 * @param seed          seed for walks, initialisation and negative sampling
 * @param threads       worker threads (0 = one per available core)
 */
public record EmbeddingParams(String walk, int dimension, int walkLength, int walksPerNode, int window,
                              int negatives, int epochs, double learningRate, double p, double q, long seed,
                              int threads) {

    public static final String DEEPWALK = "deepwalk";
    public static final String NODE2VEC = "node2vec";

    public EmbeddingParams {
        walk = walk.toLowerCase(Locale.ROOT);
        if (!walk.equals(DEEPWALK) && !walk.equals(NODE2VEC)) {
            throw new IllegalArgumentException("unknown embedding '" + walk + "' (expected deepwalk or node2vec)");
        }
        require(dimension >= 1, "embedding dimension must be >= 1, is " + dimension);
        require(walkLength >= 2, "walk length must be >= 2, is " + walkLength);
        require(walksPerNode >= 1, "walks per node must be >= 1, is " + walksPerNode);
        require(window >= 1, "window must be >= 1, is " + window);
        require(negatives >= 1, "negative samples must be >= 1, is " + negatives);
        require(epochs >= 1, "skip-gram epochs must be >= 1, is " + epochs);
        require(learningRate > 0, "skip-gram learning rate must be > 0, is " + learningRate);
        require(p > 0 && q > 0, "node2vec p and q must be > 0, are " + p + ", " + q);
        require(threads >= 0, "threads must be >= 0, is " + threads);
        if (walk.equals(DEEPWALK) && (p != 1.0 || q != 1.0)) {
            throw new IllegalArgumentException("p and q apply to node2vec only (deepwalk needs p = q = 1)");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
    }

    /** DeepWalk defaults: 10 walks of 40 nodes per node, window 5, 5 negatives, one pass, lr 0.025. */
    public static EmbeddingParams deepWalk(int dimension, long seed) {
        return new EmbeddingParams(DEEPWALK, dimension, 40, 10, 5, 5, 1, 0.025, 1.0, 1.0, seed, 0);
    }

    public static EmbeddingParams node2vec(int dimension, double p, double q, long seed) {
        return new EmbeddingParams(NODE2VEC, dimension, 40, 10, 5, 5, 1, 0.025, p, q, seed, 0);
    }

    public boolean secondOrder() {
        return walk.equals(NODE2VEC) && (p != 1.0 || q != 1.0);
    }

    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public EmbeddingParams withThreads(int t) {
        return new EmbeddingParams(walk, dimension, walkLength, walksPerNode, window, negatives, epochs,
                learningRate, p, q, seed, t);
    }

    /** Canonical text of the result-determining fields. */
    public String cacheKey() {
        return String.format(Locale.ROOT, "%s d=%d len=%d walks=%d win=%d neg=%d ep=%d lr=%s p=%s q=%s seed=%d",
                walk, dimension, walkLength, walksPerNode, window, negatives, epochs, learningRate, p, q, seed);
    }
}
