package org.sparsegnn.engine.embed;

/** Receives progress of an embedding computation; called from worker threads, at most ~100 times per stage. */
@FunctionalInterface
public interface EmbeddingProgress {
    EmbeddingProgress NONE = (stage, fraction) -> { };

    /**
     * @param stage    "walks" (counting pass over the corpus), "skip-gram" (training) or "cache" (loaded)
     * @param fraction in [0, 1]
     */
    void update(String stage, double fraction);
}
