package org.sparsegnn.engine.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registry of tasks by id ({@code TrainingConfig.task()}): the only place that maps task names to classes.
 * Adding a task = one class + one registration here.
 */
public final class Tasks {
    /** Builds a task for a (raw, unpreprocessed) graph and a run configuration. */
    @FunctionalInterface
    public interface Factory {
        Task create(org.sparsegnn.engine.graph.Graph graph, TrainingConfig config);
    }

    private static final Map<String, Factory> TASKS = new LinkedHashMap<>();

    static {
        register("node", (g, c) -> EmbeddingTasks.node(g, c, EmbeddingTasks.defaultProgress(g.name())));
        register("link", (g, c) -> EmbeddingTasks.link(g, c, EmbeddingTasks.defaultProgress(g.name())));
    }

    private Tasks() {
    }

    public static synchronized void register(String id, Factory factory) {
        TASKS.put(id, factory);
    }

    public static synchronized List<String> ids() {
        return List.copyOf(TASKS.keySet());
    }

    public static synchronized Task create(org.sparsegnn.engine.graph.Graph graph, TrainingConfig config) {
        SettingsValidator.check(config); // before any work (embeddings take seconds), with every problem named
        Factory f = TASKS.get(config.task());
        if (f == null) {
            throw new IllegalArgumentException("unknown task '" + config.task() + "'; known: " + String.join(", ", TASKS.keySet()));
        }
        return f.create(graph, config);
    }
}
