package org.sparsegnn.app.settings;

import java.util.List;
import org.sparsegnn.engine.embed.EmbeddingConfig;

/**
 * The "Embedding" group of the property sheet: random-walk node embeddings (DeepWalk / node2vec), their sparse
 * top-k % variant and, for link prediction, how a node pair becomes an edge feature. Maps to and from the
 * engine's {@link EmbeddingConfig}; the limits mirror what the engine accepts so a bad value is explained here
 * instead of failing when the run starts.
 */
final class EmbeddingSettings {
    static final String METHOD = "embedding", DIMENSION = "embedding.dimension", WALK_LENGTH = "embedding.walkLength",
            WALKS = "embedding.walksPerNode", WINDOW = "embedding.window", P = "embedding.p", Q = "embedding.q",
            TOPK = "embedding.topk", EDGE_FEATURE = "embedding.edgeFeature";
    static final String CATEGORY = "Random-walk embeddings";

    private final List<Setting> settings;

    EmbeddingSettings() {
        EmbeddingConfig d = EmbeddingConfig.deepWalk(16);
        settings = List.of(
                new Setting(METHOD, CATEGORY, "Embedding", "none = the graph's own features; deepwalk = uniform random "
                        + "walks; node2vec = walks biased by p and q; then skip-gram", String.class, EmbeddingConfig.NONE,
                        List.of(EmbeddingConfig.NONE, "deepwalk", "node2vec"), null),
                new Setting(DIMENSION, CATEGORY, "Dimension", "embedding size (paper: 16 for links, 64 for nodes)",
                        Integer.class, d.dimension(), null, null),
                new Setting(WALK_LENGTH, CATEGORY, "Walk length", "nodes per random walk, ≥ 2", Integer.class,
                        d.walkLength(), null, null),
                new Setting(WALKS, CATEGORY, "Walks per node", "walks started from every node", Integer.class,
                        d.walksPerNode(), null, null),
                new Setting(WINDOW, CATEGORY, "Window", "skip-gram context window on each side", Integer.class,
                        d.window(), null, null),
                new Setting(P, CATEGORY, "node2vec p", "return parameter (node2vec only; DeepWalk uses 1)",
                        Double.class, d.p(), null, null),
                new Setting(Q, CATEGORY, "node2vec q", "in-out parameter (node2vec only; DeepWalk uses 1)",
                        Double.class, d.q(), null, null),
                new Setting(TOPK, CATEGORY, "Top-k % (sparse)", "keep this % of embedding entries by magnitude, "
                        + "0 = dense (paper: 1.38, 3.28, 26.2, 46.9)", Double.class, 0.0, null, null),
                new Setting(EDGE_FEATURE, CATEGORY, "Edge feature", "link prediction: how the two endpoint "
                        + "embeddings make an edge feature", String.class, d.edgeFeature(),
                        List.of("hadamard", "concat", "l1", "l2"), null));
    }

    List<Setting> settings() {
        return settings;
    }

    boolean enabled() {
        return !EmbeddingConfig.NONE.equals(get(METHOD).asString());
    }

    /** The embedding part of a run configuration; fields the sheet does not show are kept from {@code base}. */
    EmbeddingConfig toConfig(EmbeddingConfig base) {
        String method = get(METHOD).asString();
        boolean node2vec = "node2vec".equals(method);
        return new EmbeddingConfig(method, get(DIMENSION).asInt(), get(WALK_LENGTH).asInt(), get(WALKS).asInt(),
                get(WINDOW).asInt(), base.negatives(), base.sgEpochs(), node2vec ? get(P).asDouble() : 1.0,
                node2vec ? get(Q).asDouble() : 1.0, get(TOPK).asDouble(), get(EDGE_FEATURE).asString(),
                base.valFraction(), base.testFraction(), base.threads());
    }

    void load(EmbeddingConfig c) {
        get(METHOD).valueProperty().set(c.method());
        get(DIMENSION).valueProperty().set(c.dimension());
        get(WALK_LENGTH).valueProperty().set(c.walkLength());
        get(WALKS).valueProperty().set(c.walksPerNode());
        get(WINDOW).valueProperty().set(c.window());
        get(P).valueProperty().set(c.p());
        get(Q).valueProperty().set(c.q());
        get(TOPK).valueProperty().set(c.topkPercent());
        get(EDGE_FEATURE).valueProperty().set(c.edgeFeature());
    }

    private Setting get(String key) {
        for (Setting s : settings) if (s.key().equals(key)) return s;
        throw new IllegalArgumentException(key);
    }
}
