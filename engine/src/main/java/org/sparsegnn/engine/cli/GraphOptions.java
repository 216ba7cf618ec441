package org.sparsegnn.engine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.io.GraphFormatException;
import org.sparsegnn.engine.graph.io.GraphLoader;
import org.sparsegnn.engine.graph.io.DatasetRegistry;
import org.sparsegnn.engine.graph.io.SampleGraphs;
import picocli.CommandLine.Option;

/**
 * Which graph a command works on: {@code --dataset NAME [--data-dir DIR]} (the dataset registry: files in DIR,
 * downloaded and verified when missing), {@code --graph FILE} (any supported file), or, with neither, the
 * embedded sample graph.
 */
public final class GraphOptions {
    @Option(names = "--dataset", paramLabel = "NAME", description = "dataset name (cora, citeseer, pubmed, …)")
    String dataset;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "folder holding the dataset's files (e.g. the Planetoid ind.* files)")
    Path dataDir;

    @Option(names = "--graph", paramLabel = "FILE", description = "any supported graph file or folder")
    Path graphFile;

    /** Short name for summaries. */
    public String name() {
        if (dataset != null) return dataset;
        if (graphFile != null) return graphFile.getFileName().toString();
        return SampleGraphs.DEFAULT;
    }

    public Graph load() throws GraphFormatException {
        if (dataset != null && graphFile != null) throw new IllegalArgumentException("give either --dataset or --graph, not both");
        checkDataDir();
        if (graphFile != null) return GraphLoader.load(graphFile);
        if (dataset != null) return registry().load(dataset, GraphOptions::downloadProgress).withName(dataset);
        if (dataDir != null) return GraphLoader.load(dataDir);
        return SampleGraphs.load(SampleGraphs.DEFAULT);
    }

    /** A --data-dir that is not there is a mistake (a typo, a missing mount), never a folder to create and download into. */
    void checkDataDir() {
        if (dataDir == null) return;
        if (!Files.exists(dataDir)) throw new IllegalArgumentException("--data-dir " + dataDir + " does not exist");
        if (!Files.isDirectory(dataDir)) throw new IllegalArgumentException("--data-dir " + dataDir + " is not a folder");
    }

    /** --data-dir, else the shared data folder when it holds the dataset, else the user's cache. */
    private DatasetRegistry registry() {
        if (dataDir != null) return new DatasetRegistry(dataDir);
        String shared = System.getProperty("sparsegnn.data");
        if (shared != null && Files.isDirectory(Path.of(shared, dataset))) return new DatasetRegistry(Path.of(shared));
        return DatasetRegistry.defaults();
    }

    private static void downloadProgress(String file, long done, long total) {
        if (done == total) System.err.println("downloaded " + file + " (" + done + " bytes)");
    }
}
