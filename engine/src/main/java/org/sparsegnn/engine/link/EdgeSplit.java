package org.sparsegnn.engine.link;

import org.sparsegnn.engine.embed.WalkGraph;

/**
 * A link-prediction data set: the training graph (training positives only — embeddings are learned on it, so no
 * validation or test edge can leak into them) and labelled pairs for train / val / test, each with as many
 * sampled non-edges as edges.
 */
public record EdgeSplit(int numNodes, WalkGraph trainGraph, LabeledEdges train, LabeledEdges val,
                        LabeledEdges test) {
}
