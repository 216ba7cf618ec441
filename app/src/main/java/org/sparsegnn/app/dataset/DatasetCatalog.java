package org.sparsegnn.app.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sparsegnn.engine.graph.io.GraphLoader;

/** What the dataset chooser offers: the built-in samples first, then the named datasets. */
public final class DatasetCatalog {
    private DatasetCatalog() {
    }

    public static List<DatasetEntry> standard() {
        List<DatasetEntry> out = new ArrayList<>();
        Path data = dataFolder();
        if (data != null) {
            for (String name : List.of("cora", "citeseer", "pubmed")) {
                Path dir = data.resolve(name).resolve("planetoid");
                if (Files.isDirectory(dir)) {
                    out.add(new DatasetEntry(name + " (local copy)", DatasetEntry.Kind.NAMED,
                            p -> GraphLoader.load(dir).withName(name)));
                }
            }
        }
        return out;
    }

    /** The shared data folder: system property sparsegnn.data, then ../shared/data and ../../shared/data. */
    static Path dataFolder() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("sparsegnn.data");
        if (prop != null) candidates.add(Path.of(prop));
        candidates.add(Path.of("../shared/data"));
        candidates.add(Path.of("../../shared/data"));
        for (Path p : candidates) if (Files.isDirectory(p)) return p.toAbsolutePath().normalize();
        return null;
    }
}
