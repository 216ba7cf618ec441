package org.sparsegnn.engine.train;

import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.GraphPreprocessing;

/**
 * How many training examples one epoch of a run sees (the rows an FNN cuts into mini-batches), known before any
 * embedding is trained: training pairs (edges and as many non-edges) for link prediction, training nodes for node
 * classification. Presets use it to size batches for the graph at hand.
 */
public final class TrainingExamples {
    private TrainingExamples() {
    }

    public static int count(Graph raw, TrainingConfig config) {
        if (config.task() == TaskKind.LINK) return EmbeddingTasks.edgeSplit(raw, config).train().size();
        if (!raw.hasLabels()) throw new IllegalArgumentException("graph '" + raw.name() + "' has no node labels to classify");
        boolean ownFeatures = !config.embedding().enabled() && raw.features() != null;
        boolean random = ownFeatures ? "random".equals(config.split()) : EmbeddingTasks.randomNodeSplit(raw, config);
        int[] train = random ? GraphPreprocessing.randomSplit6020(raw.labels(), config.seed()).get(Graph.TRAIN)
                : raw.split(Graph.TRAIN).orElse(new int[0]);
        return train.length;
    }
}
