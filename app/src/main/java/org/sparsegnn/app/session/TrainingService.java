package org.sparsegnn.app.session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sparsegnn.engine.events.TrainingListener;
import org.sparsegnn.engine.flops.LayerWorkload;
import org.sparsegnn.engine.model.Network;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.sparsity.SparsityMethod;
import org.sparsegnn.engine.sparsity.SparsityMethods;
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
    private final Map<String, Trainer> trainers = new ConcurrentHashMap<>();
    private final Map<String, TrainingConfig> configs = new ConcurrentHashMap<>();

    /** The configuration a run of this session was started with (null for replayed runs). */
    public TrainingConfig config(String runId) {
        return configs.get(runId);
    }

    public TrainingSession start(Graph graph, TrainingConfig config, TrainingListener listener, boolean paused) {
        Task task = Tasks.create(graph, config);
        SparsityMethod method = SparsityMethods.create(config);
        Trainer trainer = new Trainer(config, task, method).addListener(listener);
        trainers.put(trainer.runId(), trainer);
        configs.put(trainer.runId(), config);
        return TrainingSession.start(trainer, paused);
    }

    /**
     * What each weight layer of a started run computes per epoch (for the FLOPs view); empty before the run has
     * built its model. The model is built before RunStarted is published, so after that event this is complete.
     */
    public List<LayerWorkload> workloads(String runId) {
        Trainer t = trainers.get(runId);
        Network model = t == null ? null : t.model();
        return model == null ? List.of() : model.workloads();
    }

    /** Runs to the end on the calling thread (the sweep's worker). */
    public void runToEnd(Graph graph, TrainingConfig config, TrainingListener listener) {
        Task task = Tasks.create(graph, config);
        SparsityMethod method = SparsityMethods.create(config);
        new Trainer(config, task, method).weightSnapshots(false).addListener(listener).run();
    }
}
