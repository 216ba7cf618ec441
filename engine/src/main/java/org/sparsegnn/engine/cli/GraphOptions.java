package org.sparsegnn.engine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.io.GraphFormatException;
import org.sparsegnn.engine.graph.io.GraphLoader;
import org.sparsegnn.engine.graph.io.DatasetRegistry;
import org.sparsegnn.engine.graph.io.SampleGraphs;
import picocli.CommandLine.Option;

/**
 * Which graph a command works on: {@code --dataset NAME [--data-dir DIR]} (the dataset registry: files in DIR,
 * downloaded and verified when missing), {@code --graph FILE} (any supported file), or, with neither, the
 * embedded sample graph. Locations stay strings as given, so a front end that reads other file systems (the Spark
 * sweep: {@code hdfs://…}, {@code s3a://…}) can map them to local copies with {@link #load(Function)}.
 */
public final class GraphOptions {
    @Option(names = "--dataset", paramLabel = "NAME", description = "dataset name (cora, citeseer, pubmed, …)")
    String dataset;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "folder holding the dataset's files (e.g. the Planetoid ind.* files)")
    String dataDir;

    @Option(names = "--graph", paramLabel = "FILE", description = "any supported graph file or folder")
    String graphFile;

    /** Short name for summaries. */
    public String name() {
        if (dataset != null) return dataset;
        if (graphFile != null) {
            String trimmed = graphFile.replaceAll("/+$", "");
            return trimmed.substring(trimmed.lastIndexOf('/') + 1);
        }
        return SampleGraphs.DEFAULT;
    }

    public Graph load() throws GraphFormatException {
        return load(Path::of);
    }

    /** Loads the graph, turning the --graph / --data-dir locations into local paths with {@code local}. */
    public Graph load(Function<String, Path> local) throws GraphFormatException {
        checkChoice();
        if (dataDir != null) checkDataDir(local.apply(dataDir), dataDir);
        if (graphFile != null) return GraphLoader.load(local.apply(graphFile));
        if (dataset != null) return registry(local).load(dataset, GraphOptions::downloadProgress).withName(dataset);
        if (dataDir != null) return GraphLoader.load(local.apply(dataDir));
        return SampleGraphs.load(SampleGraphs.DEFAULT);
    }

    /** A --data-dir that is not there is a mistake (a typo, a missing mount), never a folder to create and download into. */
    static void checkDataDir(Path dir, String given) {
        if (!Files.exists(dir)) throw new IllegalArgumentException("--data-dir " + given + " does not exist");
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("--data-dir " + given + " is not a folder");
    }

    /** Fails when both --dataset and --graph are given. */
    public void checkChoice() {
        if (dataset != null && graphFile != null) throw new IllegalArgumentException("give either --dataset or --graph, not both");
    }

    /** The --graph file or folder as given, or null. */
    public String graphLocation() {
        return graphFile;
    }

    /** The --data-dir folder as given, or null. */
    public String dataDirLocation() {
        return dataDir;
    }

    /** --data-dir, else the shared data folder when it holds the dataset, else the user's cache. */
    private DatasetRegistry registry(Function<String, Path> local) {
        if (dataDir != null) return new DatasetRegistry(local.apply(dataDir));
        String shared = System.getProperty("sparsegnn.data");
        if (shared != null && Files.isDirectory(Path.of(shared, dataset))) return new DatasetRegistry(Path.of(shared));
        return DatasetRegistry.defaults();
    }

    private static void downloadProgress(String file, long done, long total) {
        if (done == total) System.err.println("downloaded " + file + " (" + done + " bytes)");
    }
}
