package org.sparsegnn.engine.train;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.sparsity.SparsityMethod;
import org.sparsegnn.engine.testing.SyntheticGraphs;
import org.sparsegnn.engine.sparsity.TrainingContext;

/** Pause / step / cancel from another thread, as the workbench uses them. */
class TrainingSessionTest {
    private static final Graph GRAPH = SyntheticGraphs.planted(240, 3, 45, 9);

    /** Counts optimizer steps and publishes a MaskUpdated after step index 7. */
    static final class CountingMethod implements SparsityMethod {
        final AtomicInteger steps = new AtomicInteger();

        @Override public String id() { return "counting"; }

        @Override
        public void afterOptimizerStep(TrainingContext ctx) {
            steps.incrementAndGet();
            if (ctx.step() == 7) {
                ctx.publish(new MaskUpdated(ctx.runId(), "fnn.layer1.weight", ctx.step(), ctx.epoch(), 0, "test",
                        new int[0], new int[0], new int[0], 0));
            }
        }
    }

    private static TrainingConfig fnn(int epochs) {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(TrainingConfig.fnnDefaults());
        b.hidden = List.of(8);
        b.epochs = epochs;
        b.batchSize = 10; // 48 training nodes: 5 steps per epoch
        return b.build();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail("timed out waiting for " + what);
            Thread.sleep(5);
        }
    }

    /** The run does not move on by itself: no step for a while. */
    private static void assertStaysAt(AtomicInteger steps, int expected) throws InterruptedException {
        Thread.sleep(150);
        assertEquals(expected, steps.get());
    }

    @Test
    void pauseStepResumeCancel() throws Exception {
        TrainingConfig cfg = fnn(400);
        CountingMethod method = new CountingMethod();
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        Trainer trainer = new Trainer(cfg, new NodeClassificationTask(GRAPH, null, cfg), method).addListener(events::add);
        TrainingSession session = TrainingSession.start(trainer, true);

        assertStaysAt(method.steps, 0);
        assertTrue(session.isPaused());

        session.stepUpdate();
        waitFor(() -> method.steps.get() == 1, "one step");
        assertStaysAt(method.steps, 1);

        session.stepEpoch(); // finishes epoch 1 (steps 2..5), then pauses
        waitFor(() -> events.stream().anyMatch(e -> e instanceof EpochCompleted), "epoch 1");
        assertStaysAt(method.steps, 5);

        session.stepToMaskUpdate(); // runs until the MaskUpdated after step index 7
        waitFor(() -> events.stream().anyMatch(e -> e instanceof MaskUpdated), "the mask update");
        assertStaysAt(method.steps, 8);

        session.resume();
        waitFor(() -> method.steps.get() > 30, "running again");
        session.cancel();
        RunFinished end = assertInstanceOf(RunFinished.class, session.result().get(20, TimeUnit.SECONDS));
        assertTrue(end.cancelled());
        int stepsAtEnd = method.steps.get();
        assertTrue(stepsAtEnd < 400 * 5, "cancelled early: " + stepsAtEnd);
        assertEquals(end, events.get(events.size() - 1));
        assertTrue(end.metrics().containsKey("test_accuracy"));
    }

    @Test
    void cancelWhilePausedEndsTheRun() throws Exception {
        TrainingConfig cfg = fnn(50);
        TrainingSession session = TrainingSession.start(new Trainer(cfg, new NodeClassificationTask(GRAPH, null, cfg),
                new CountingMethod()), true);
        session.cancel();
        RunFinished end = assertInstanceOf(RunFinished.class, session.result().get(20, TimeUnit.SECONDS));
        assertTrue(end.cancelled());
        assertEquals(0.0, end.metrics().get("epochs_completed"));
    }
}
