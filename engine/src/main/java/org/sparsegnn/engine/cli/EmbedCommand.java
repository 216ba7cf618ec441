package org.sparsegnn.engine.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sparsegnn.engine.embed.EmbeddingCache;
import org.sparsegnn.engine.embed.EmbeddingConfig;
import org.sparsegnn.engine.embed.EmbeddingExport;
import org.sparsegnn.engine.embed.NodeEmbedder;
import org.sparsegnn.engine.embed.TopKSparsifier;
import org.sparsegnn.engine.embed.WalkGraph;
import org.sparsegnn.engine.graph.FeatureMatrix;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.train.SettingsValidator;
import org.sparsegnn.engine.train.TaskKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code embed}: random-walk node embeddings of a whole graph, written as .npz (cached like training runs). */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = "Compute DeepWalk / node2vec embeddings of a graph and write them as a NumPy .npz.")
public final class EmbedCommand implements Callable<Integer> {
    @Mixin
    GraphOptions graph = new GraphOptions();
    @Mixin
    EmbeddingOptions embedding = new EmbeddingOptions();
    @Option(names = "--seed", description = "seed for walks and skip-gram (default 0)")
    long seed = 0;
    @Option(names = "--no-cache", description = "always recompute (and do not store) the embedding")
    boolean noCache;
    @Option(names = "--out", required = true, paramLabel = "FILE.npz", description = "output file")
    Path out;

    @Override
    public Integer call() throws Exception {
        EmbeddingConfig ec = embedding.apply(EmbeddingConfig.deepWalk(16), TaskKind.LINK);
        RunOptions.validate(SettingsValidator.problems(ec, false));
        if (!ec.enabled()) throw new IllegalArgumentException("--embedding none: nothing to compute");
        Graph g = graph.load();
        long t0 = System.nanoTime();
        WalkGraph walkGraph = WalkGraph.of(g.adjacency());
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        NodeEmbedder embedder = new NodeEmbedder(noCache ? null : EmbeddingCache.defaultLocation());
        NodeEmbedder.Result r = embedder.embed(walkGraph, ec.params(seed), new EmbeddingProgressPrinter(graph.name(), System.err));
        FeatureMatrix m = ec.sparse() ? TopKSparsifier.keepTopPercent(r.embedding(), ec.topkPercent()) : r.embedding();
        EmbeddingExport.write(out, m);
        long tokens = (long) walkGraph.numNodes() * ec.walksPerNode() * ec.walkLength() * ec.sgEpochs();
        System.out.printf(Locale.ROOT, "%s: %d nodes, %d edges; %s %d-d embedding in %.1f s%s (%.0f walk tokens/s, graph prep %.1f s); wrote %s%n",
                graph.name(), walkGraph.numNodes(), walkGraph.numEntries() / 2, ec.method(), ec.dimension(), r.seconds(),
                r.fromCache() ? " (from cache)" : "", r.fromCache() ? 0.0 : tokens / r.seconds(), loadSeconds, out);
        return 0;
    }
}
