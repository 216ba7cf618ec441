package org.sparsegnn.engine.train;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparsegnn.engine.embed.EmbeddingCache;
import org.sparsegnn.engine.embed.EmbeddingConfig;
import org.sparsegnn.engine.embed.EmbeddingProgress;
import org.sparsegnn.engine.embed.NodeEmbedder;
import org.sparsegnn.engine.embed.TopKSparsifier;
import org.sparsegnn.engine.embed.WalkGraph;
import org.sparsegnn.engine.graph.FeatureMatrix;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.GraphPreprocessing;
import org.sparsegnn.engine.link.EdgeFeature;
import org.sparsegnn.engine.link.EdgeSplit;
import org.sparsegnn.engine.link.EdgeSplitter;
import org.sparsegnn.engine.model.ModelKind;

/**
 * Builds the tasks that learn from random-walk node embeddings: link prediction (split edges, embed the training
 * graph only, featurise pairs) and node classification on embeddings for graphs without features. Embeddings
 * come from {@link NodeEmbedder} with the on-disk cache, so repeated runs (sweeps) pay for the walks once per
 * (graph, embedding settings, seed).
 */
public final class EmbeddingTasks {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingTasks.class);
    private static volatile Function<String, EmbeddingProgress> defaultProgress = EmbeddingTasks::logProgress;

    private EmbeddingTasks() {
    }

    /** Where progress of embeddings built through {@link Tasks#create} goes (the CLI prints it; default: log). */
    public static void setDefaultProgress(Function<String, EmbeddingProgress> perGraph) {
        defaultProgress = perGraph;
    }

    public static EmbeddingProgress defaultProgress(String graphName) {
        return defaultProgress.apply(graphName);
    }

    /** Progress reported to the log every 10 % (what the CLI shows). */
    public static EmbeddingProgress logProgress(String what) {
        int[] lastDecile = {-1};
        String[] lastStage = {""};
        return (stage, fraction) -> {
            int decile = (int) (fraction * 10);
            synchronized (lastDecile) {
                if (!stage.equals(lastStage[0])) { lastStage[0] = stage; lastDecile[0] = -1; }
                if (decile <= lastDecile[0]) return;
                lastDecile[0] = decile;
            }
            LOG.info("{} embedding: {} {}%", what, stage, decile * 10);
        };
    }

    /** Link prediction on {@code raw} as configured by {@code config.embedding()} (walks default to DeepWalk). */
    public static LinkPredictionTask link(Graph raw, TrainingConfig config, EmbeddingProgress progress) {
        EmbeddingConfig ec = config.embedding();
        if (!ec.enabled()) ec = ec.withMethod("deepwalk");
        EdgeFeature op = EdgeFeature.parse(ec.edgeFeature());
        EdgeSplit split = edgeSplit(raw, config);
        NodeEmbedder.Result emb = embedder().embed(split.trainGraph(), ec.params(config.seed()), progress);
        FeatureMatrix nodes = ec.sparse() ? TopKSparsifier.keepTopPercent(emb.embedding(), ec.topkPercent()) : emb.embedding();
        Map<String, Double> constants = new LinkedHashMap<>();
        constants.put("embedding_seconds", emb.seconds());
        constants.put("embedding_cached", emb.fromCache() ? 1.0 : 0.0);
        constants.put("embedding_sparsity", 1.0 - nodes.density());
        return new LinkPredictionTask(raw.name(), nodes, op, split.train(), split.val(), split.test(), config, constants);
    }

    /** The seeded train / val / test edge split a link-prediction run on {@code raw} uses. */
    static EdgeSplit edgeSplit(Graph raw, TrainingConfig config) {
        EmbeddingConfig ec = config.embedding();
        return new EdgeSplitter(ec.valFraction(), ec.testFraction(), true, config.seed()).split(raw.adjacency());
    }

    /** Whether node classification on {@code raw} draws its own seeded 60/20/20 split (none stored, or asked for). */
    static boolean randomNodeSplit(Graph raw, TrainingConfig config) {
        boolean hasSplit = raw.split(Graph.TRAIN).map(s -> s.length > 0).orElse(false);
        return "random".equals(config.split()) || !hasSplit;
    }

    /**
     * Node classification: on the graph's features when it has them and no embedding is configured, else on
     * node embeddings of the whole (symmetrised) graph (FNN or GCN); without a stored split, a seeded stratified
     * 60/20/20.
     */
    public static Task node(Graph raw, TrainingConfig config, EmbeddingProgress progress) {
        EmbeddingConfig ec = config.embedding();
        if (!ec.enabled() && raw.features() != null) return NodeClassificationTask.forGraph(raw, config);
        if (!raw.hasLabels()) throw new IllegalArgumentException("graph '" + raw.name() + "' has no node labels to classify");
        if (!ec.enabled()) ec = ec.withMethod("deepwalk");
        NodeEmbedder.Result emb = embedder().embed(WalkGraph.of(raw.adjacency()), ec.params(config.seed()), progress);
        FeatureMatrix nodes = ec.sparse() ? TopKSparsifier.keepTopPercent(emb.embedding(), ec.topkPercent()) : emb.embedding();
        Graph g = raw.withFeatures(nodes);
        if (randomNodeSplit(g, config)) {
            g = g.withSplits(GraphPreprocessing.randomSplit6020(g.labels(), config.seed()));
        }
        // a GCN reads the structure twice, through the walks and through Â (the paper's Fig. 6: GCNs on sparse
        // embeddings, so graphs without usable features such as PubMed graph-only work too)
        if (config.model() == ModelKind.GCN) return NodeClassificationTask.forGraph(g, config);
        return new NodeClassificationTask(g, null, config);
    }

    private static NodeEmbedder embedder() {
        return new NodeEmbedder(EmbeddingCache.defaultLocation());
    }
}
