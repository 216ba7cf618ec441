package org.sparsegnn.engine.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.graph.DenseMatrix;

/**
 * Random-walk node embeddings with a disk cache: look the (graph, parameters) key up, else generate walks, train
 * skip-gram and store the result.
 */
public final class NodeEmbedder {
    private final EmbeddingCache cache; // null = no caching

    public NodeEmbedder(EmbeddingCache cache) {
        this.cache = cache;
    }

    /** The embedding plus where it came from and how long it took. */
    public record Result(DenseMatrix embedding, boolean fromCache, double seconds, String key) {
    }

    public Result embed(WalkGraph graph, EmbeddingParams params, EmbeddingProgress progress) {
        long t0 = System.nanoTime();
        if ((long) graph.numNodes() * params.dimension() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(graph.numNodes() + " nodes x " + params.dimension()
                    + " dimensions exceed one Java array; use a smaller dimension");
        }
        String key = EmbeddingCache.key(graph, params);
        if (cache != null) {
            Optional<DenseMatrix> hit = cache.load(key);
            if (hit.isPresent() && hit.get().rows() == graph.numNodes() && hit.get().cols() == params.dimension()) {
                progress.update("cache", 1.0);
                return new Result(hit.get(), true, (System.nanoTime() - t0) / 1e9, key);
            }
        }
        WalkCorpus corpus = new WalkCorpus(graph, params);
        DenseMatrix embedding = new SkipGramTrainer(corpus, params, progress).train();
        if (cache != null) {
            try {
                cache.store(key, embedding);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write embedding cache " + cache.directory() + ": " + ErrorMessages.describe(e), e);
            }
        }
        return new Result(embedding, false, (System.nanoTime() - t0) / 1e9, key);
    }
}
