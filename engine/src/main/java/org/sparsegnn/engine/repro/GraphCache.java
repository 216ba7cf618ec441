package org.sparsegnn.engine.repro;

import java.util.HashMap;
import java.util.Map;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.io.GraphFormatException;

/** Each dataset of a reproduction loaded once (settings read its size, every trial on it trains on the same graph). */
public final class GraphCache {
    /** Loads a dataset by registry name; {@code graphOnly}: Planetoid structure, labels and split only. */
    @FunctionalInterface
    public interface Loader {
        Graph load(String dataset, boolean graphOnly) throws GraphFormatException;
    }

    private final Loader loader;
    private final Map<String, Graph> graphs = new HashMap<>();

    public GraphCache(Loader loader) {
        this.loader = loader;
    }

    public synchronized Graph get(String dataset, boolean graphOnly) {
        String key = dataset + (graphOnly ? " (graph only)" : "");
        Graph g = graphs.get(key);
        if (g == null) {
            try {
                g = loader.load(dataset, graphOnly).withName(dataset);
            } catch (GraphFormatException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            graphs.put(key, g);
        }
        return g;
    }
}
