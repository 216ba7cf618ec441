package org.sparsegnn.app.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sparsegnn.engine.embed.EmbeddingProgress;
import org.sparsegnn.engine.events.TrainingListener;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.sparsity.SparsityMethod;
import org.sparsegnn.engine.sparsity.SparsityMethods;
import org.sparsegnn.engine.train.EmbeddingTasks;
import org.sparsegnn.engine.train.Task;
import org.sparsegnn.engine.train.Tasks;
import org.sparsegnn.engine.train.Trainer;
import org.sparsegnn.engine.train.TrainingConfig;
import org.sparsegnn.engine.train.TrainingSession;

/**
 * The only place in the app that creates trainers: builds the task (graph preprocessing, may take seconds — call
 * off the UI thread), the method and the trainer, and starts it on the engine's own background thread.
 */
public final class TrainingService {
    /** Embedding progress of the task being built on this thread ({@link Tasks} asks the engine's default hook). */
    private static final ThreadLocal<EmbeddingProgress> PROGRESS = new ThreadLocal<>();

    static {
        EmbeddingTasks.setDefaultProgress(name -> {
            EmbeddingProgress p = PROGRESS.get();
            return p != null ? p : EmbeddingTasks.logProgress(name);
        });
    }

    /**
     * The configuration of each run started in this session (a few hundred bytes each; the views read it), until
     * {@link #forgetAll}. Nothing here holds a trainer: a run that has ended is collectable, model, task and all.
     */
    private final Map<String, TrainingConfig> configs = new ConcurrentHashMap<>();

    /** The configuration a run of this session was started with (null for replayed runs). */
    public TrainingConfig config(String runId) {
        return configs.get(runId);
    }

    public TrainingSession start(Graph graph, TrainingConfig config, TrainingListener listener, boolean paused) {
        return start(graph, config, listener, paused, EmbeddingProgress.NONE);
    }

    /**
     * As above; {@code progress} hears about random walks and skip-gram (seconds on larger graphs) while the task
     * is built, from this and the engine's worker threads.
     */
    public TrainingSession start(Graph graph, TrainingConfig config, TrainingListener listener, boolean paused,
                                 EmbeddingProgress progress) {
        ComputeThreads.limitNd4j();
        config = ComputeThreads.limitEmbedding(config);
        Task task = createTask(graph, config, progress);
        SparsityMethod method = SparsityMethods.create(config.methodSpec());
        Trainer trainer = new Trainer(config, task, method).addListener(listener);
        configs.put(trainer.runId(), config);
        return TrainingSession.start(trainer, paused);
    }

    /** Forgets every run of the session (Reset): the views no longer show them. */
    public void forgetAll() {
        configs.clear();
    }

    private static Task createTask(Graph graph, TrainingConfig config, EmbeddingProgress progress) {
        PROGRESS.set(progress);
        try {
            return Tasks.create(graph, config);
        } finally {
            PROGRESS.remove();
        }
    }

    /** Runs to the end on the calling thread (the sweep's worker). */
    public void runToEnd(Graph graph, TrainingConfig config, TrainingListener listener) {
        ComputeThreads.limitNd4j();
        config = ComputeThreads.limitEmbedding(config);
        Task task = createTask(graph, config, EmbeddingProgress.NONE);
        SparsityMethod method = SparsityMethods.create(config.methodSpec());
        new Trainer(config, task, method).weightSnapshots(false).addListener(listener).run();
    }
}
