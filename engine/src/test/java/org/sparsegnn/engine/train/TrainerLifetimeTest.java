package org.sparsegnn.engine.train;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.sparsity.SparsityMethods;
import org.sparsegnn.engine.testing.Collectable;
import org.sparsegnn.engine.testing.SyntheticGraphs;

/** Nothing in the engine (threads, statics, events) keeps a finished run's trainer, task or model alive. */
class TrainerLifetimeTest {
    private static final Graph GRAPH = SyntheticGraphs.planted(240, 3, 45, 9);

    private record Started(WeakReference<Trainer> trainer, WeakReference<Task> task, TrainingSession session) {
    }

    /** Starts a sparse run on a background session and hands back only weak references to its parts. */
    private static Started start(List<TrainingEvent> events) {
        TrainingConfig cfg = TrainingConfig.gcnDefaults().withEpochs(6).withMethod("rigl", 0.8).withMethodParam("delta_t", 2);
        Task task = Tasks.create(GRAPH, cfg);
        Trainer trainer = new Trainer(cfg, task, SparsityMethods.create(cfg.methodSpec())).addListener(events::add);
        return new Started(new WeakReference<>(trainer), new WeakReference<>(task), TrainingSession.start(trainer));
    }

    @Test
    void aFinishedTrainerIsCollectableWhileItsEventsStay() throws Exception {
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        Started s = start(events);
        assertInstanceOf(RunFinished.class, s.session().await());
        WeakReference<TrainingSession> session = new WeakReference<>(s.session());
        s = new Started(s.trainer(), s.task(), null);
        assertTrue(Collectable.isCollected(s.trainer()), "the finished trainer is still reachable");
        assertTrue(Collectable.isCollected(s.task()), "the finished run's task (graph matrices) is still reachable");
        assertTrue(Collectable.isCollected(session), "the finished session is still reachable");
        assertInstanceOf(RunFinished.class, events.get(events.size() - 1), "the events stay");
    }
}
