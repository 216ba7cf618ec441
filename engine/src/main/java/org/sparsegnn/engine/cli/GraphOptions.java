package org.sparsegnn.engine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.io.GraphFormatException;
import org.sparsegnn.engine.graph.io.GraphLoader;
import org.sparsegnn.engine.graph.io.PlanetoidLoader;
import picocli.CommandLine.Option;

/** Which graph a command works on: {@code --dataset NAME [--data-dir DIR]}, {@code --graph FILE}, or the sample. */
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
        return "sample";
    }

    public Graph load() throws GraphFormatException {
        if (dataset != null && graphFile != null) throw new IllegalArgumentException("give either --dataset or --graph, not both");
        if (graphFile != null) return GraphLoader.load(graphFile);
        if (dataset != null) return loadDataset();
        if (dataDir != null) return GraphLoader.load(dataDir);
        throw new IllegalArgumentException("no graph given: use --dataset NAME --data-dir DIR or --graph FILE");
    }

    private Graph loadDataset() throws GraphFormatException {
        Path dir = dataDir;
        if (dir == null) dir = sharedDataFolder(dataset);
        if (dir == null) {
            throw new IllegalArgumentException("dataset '" + dataset + "' not found; give its folder with --data-dir DIR");
        }
        if (Files.exists(PlanetoidLoader.part(dir, dataset, "graph"))) return PlanetoidLoader.load(dir, dataset).withName(dataset);
        return GraphLoader.load(dir).withName(dataset);
    }

    /** {@code <sparsegnn.data>/<name>/planetoid} when it exists (the shared data folder's layout). */
    private static Path sharedDataFolder(String name) {
        String prop = System.getProperty("sparsegnn.data");
        if (prop == null) return null;
        Path p = Path.of(prop, name, "planetoid");
        return Files.isDirectory(p) ? p : null;
    }
}
