package org.sparsegnn.engine.train;

import java.util.EnumMap;
import java.util.Map;
import org.sparsegnn.engine.graph.Graph;

/**
 * The tasks by kind ({@code TrainingConfig.task()}): the only place that maps a task to its class. Adding a task =
 * one class, one {@link TaskKind} and one line here.
 */
public final class Tasks {
    /** Builds a task for a (raw, unpreprocessed) graph and a run configuration. */
    @FunctionalInterface
    public interface Factory {
        Task create(Graph graph, TrainingConfig config);
    }

    private static final Map<TaskKind, Factory> TASKS = new EnumMap<>(TaskKind.class);

    static {
        TASKS.put(TaskKind.NODE, (g, c) -> EmbeddingTasks.node(g, c, EmbeddingTasks.defaultProgress(g.name())));
        TASKS.put(TaskKind.LINK, (g, c) -> EmbeddingTasks.link(g, c, EmbeddingTasks.defaultProgress(g.name())));
    }

    private Tasks() {
    }

    /** The task {@code config} describes on {@code graph}, after checking every setting. */
    public static Task create(Graph graph, TrainingConfig config) {
        SettingsValidator.check(config); // before any work (embeddings take seconds), with every problem named
        return TASKS.get(config.task()).create(graph, config);
    }
}
