package org.sparsegnn.engine.cli;

import org.sparsegnn.engine.embed.EmbeddingConfig;
import org.sparsegnn.engine.train.TaskKind;
import picocli.CommandLine.Option;

/**
 * Random-walk embedding and link-split options ({@code --embedding deepwalk --embedding-dim 16 …}). Options
 * left out keep the task's defaults: link prediction 16-d DeepWalk with Hadamard features, node classification
 * on embeddings 64-d (the paper's models).
 */
public final class EmbeddingOptions {
    @Option(names = "--embedding", paramLabel = "none|deepwalk|node2vec", description = "node embeddings from random walks (link default deepwalk)")
    String method;
    @Option(names = "--embedding-dim", paramLabel = "D", description = "embedding size (default 16 for link, 64 for node)")
    Integer dimension;
    @Option(names = "--embedding-topk", paramLabel = "PERCENT", description = "keep the top PERCENT %% embedding entries by magnitude (sparse embeddings; paper: 1.38, 3.28, 26.2, 46.9)")
    Double topk;
    @Option(names = "--walk-length", description = "nodes per random walk (default 40)")
    Integer walkLength;
    @Option(names = "--walks-per-node", description = "walks started at every node (default 10)")
    Integer walksPerNode;
    @Option(names = "--window", description = "skip-gram window (default 5)")
    Integer window;
    @Option(names = "--negatives", description = "negative samples per skip-gram pair (default 5)")
    Integer negatives;
    @Option(names = "--sg-epochs", description = "skip-gram passes over the walks (default 1)")
    Integer sgEpochs;
    @Option(names = "--p", description = "node2vec return parameter (default 1)")
    Double p;
    @Option(names = "--q", description = "node2vec in-out parameter (default 1)")
    Double q;
    @Option(names = "--edge-feature", paramLabel = "hadamard|concat|l1|l2", description = "link features from endpoint embeddings (default concat)")
    String edgeFeature;
    @Option(names = "--link-val", description = "share of edges held out for validation (default 0.1)")
    Double valFraction;
    @Option(names = "--link-test", description = "share of edges held out for testing (default 0.1)")
    Double testFraction;
    @Option(names = "--embedding-threads", description = "skip-gram threads (default: one per core)")
    Integer threads;

    /** {@code base} with the given options applied; node classification defaults to 64-d embeddings. */
    public EmbeddingConfig apply(EmbeddingConfig base, TaskKind task) {
        EmbeddingConfig b = base;
        String m = method != null ? method : b.method();
        int dim = dimension != null ? dimension : (task != TaskKind.LINK && !b.enabled() ? 64 : b.dimension());
        return new EmbeddingConfig(m, dim,
                walkLength != null ? walkLength : b.walkLength(),
                walksPerNode != null ? walksPerNode : b.walksPerNode(),
                window != null ? window : b.window(),
                negatives != null ? negatives : b.negatives(),
                sgEpochs != null ? sgEpochs : b.sgEpochs(),
                p != null ? p : b.p(), q != null ? q : b.q(),
                topk != null ? topk : b.topkPercent(),
                edgeFeature != null ? edgeFeature : b.edgeFeature(),
                valFraction != null ? valFraction : b.valFraction(),
                testFraction != null ? testFraction : b.testFraction(),
                threads != null ? threads : b.threads());
    }
}
