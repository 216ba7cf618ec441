package org.sparsegnn.app.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sparsegnn.app.task.BackgroundTask;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.io.DatasetRegistry;
import org.sparsegnn.engine.graph.io.GraphFormatException;
import org.sparsegnn.engine.graph.io.SampleGraphs;

/**
 * What the dataset chooser offers: the built-in samples first (the default one first, so the window opens on
 * it), then the named datasets of the engine's registry — read from the shared data folder when it holds them,
 * otherwise from the cache, downloading (with progress) on first use.
 */
public final class DatasetCatalog {
    private DatasetCatalog() {
    }

    public static List<DatasetEntry> standard() {
        List<DatasetEntry> out = new ArrayList<>();
        List<String> samples = new ArrayList<>(SampleGraphs.names());
        samples.remove(SampleGraphs.DEFAULT);
        samples.add(0, SampleGraphs.DEFAULT);
        for (String s : samples) {
            String label = s.equals(SampleGraphs.TWO_CLUBS) ? "Tiny sample: " + s + " (34 nodes)"
                    : "Sample: " + s + " (built in)";
            out.add(new DatasetEntry(label, DatasetEntry.Kind.SAMPLE, p -> SampleGraphs.load(s)));
        }
        DatasetRegistry cache = DatasetRegistry.defaults();
        Path shared = dataFolder();
        DatasetRegistry local = shared == null ? null : new DatasetRegistry(shared);
        for (String name : DatasetRegistry.names()) {
            if (SampleGraphs.names().contains(name)) continue;
            boolean downloadable = !DatasetRegistry.pinnedFiles(name).isEmpty();
            DatasetRegistry use;
            String where;
            if (local != null && local.findLocal(name).isPresent()) {
                use = local;
                where = "local copy";
            } else if (cache.findLocal(name).isPresent()) {
                use = cache;
                where = "cached";
            } else if (downloadable) {
                use = cache;
                where = "downloads on first use";
            } else {
                continue; // neither present nor downloadable
            }
            out.add(new DatasetEntry(name + " (" + where + ")", DatasetEntry.Kind.NAMED, p -> load(use, name, p)));
        }
        return out;
    }

    /**
     * A named dataset without the chooser (the paper's reproduction): from the shared data folder when it holds
     * it, else the cache (Planetoid downloads on first use); {@code graphOnly} skips Planetoid features.
     */
    public static Graph loadNamed(String name, boolean graphOnly) throws GraphFormatException {
        Path shared = dataFolder();
        DatasetRegistry local = shared == null ? null : new DatasetRegistry(shared);
        DatasetRegistry use = local != null && local.findLocal(name).isPresent() ? local : DatasetRegistry.defaults();
        return use.load(name, graphOnly, (file, done, total) -> { });
    }

    private static Graph load(DatasetRegistry registry, String name, BackgroundTask.ProgressReporter p) throws Exception {
        return registry.load(name, (file, done, total) -> p.report(total > 0 ? (double) done / total : -1,
                String.format(Locale.ROOT, "Downloading %s: %.1f of %s MB", file, done / 1e6,
                        total > 0 ? String.format(Locale.ROOT, "%.1f", total / 1e6) : "?")));
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
