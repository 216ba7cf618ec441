package org.sparsegnn.engine.graph.io;

/** Progress of a dataset download, for progress bars in the app and the CLI. Called from the downloading thread. */
@FunctionalInterface
public interface DownloadListener {
    DownloadListener NONE = (file, done, total) -> { };

    /**
     * @param file  the file being fetched (e.g. {@code ind.cora.allx})
     * @param done  bytes received so far
     * @param total expected bytes, or -1 when unknown
     */
    void progress(String file, long done, long total);
}
