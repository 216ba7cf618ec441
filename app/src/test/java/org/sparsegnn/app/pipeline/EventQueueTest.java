package org.sparsegnn.app.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.TrainingEvent;

/** The trainer waits for a UI that fell behind, only while a pump drains the queue, and never for long. */
class EventQueueTest {
    private static TrainingEvent epoch(int e) {
        return new EpochCompleted("run", e, "dense", 1.0, 0.5, 0.5, 0.5, Map.of(), 0.0, 1.0, Map.of());
    }

    /** A queue drained by a pump whose only event has waited longer than the backlog limit. */
    private static EventQueue pumpedQueueWithAStaleEvent() throws InterruptedException {
        EventQueue q = new EventQueue();
        q.setDrainedRegularly(true);
        q.onEvent(epoch(1));
        Thread.sleep(EventQueue.MAX_BACKLOG_MS + 50);
        return q;
    }

    @Test
    void withoutARegularDrainTheTrainerNeverWaits() throws Exception {
        EventQueue q = new EventQueue();
        q.onEvent(epoch(1));
        Thread.sleep(EventQueue.MAX_BACKLOG_MS + 50);
        q.onEvent(epoch(2));
        assertEquals(0, q.backpressureWaits());
        assertEquals(2, q.drain().size());
    }

    @Test
    void aStaleBacklogMakesTheTrainerWaitUntilTheNextDrain() throws Exception {
        EventQueue q = pumpedQueueWithAStaleEvent();
        AtomicLong returnedAt = new AtomicLong();
        Thread trainer = new Thread(() -> {
            q.onEvent(epoch(2)); // the UI has not drained for longer than the limit: wait
            returnedAt.set(System.nanoTime());
        });
        trainer.start();
        Thread.sleep(EventQueue.MAX_WAIT_MS / 5);
        assertEquals(0, returnedAt.get(), "the trainer is still waiting");
        long drainedAt = System.nanoTime();
        assertEquals(2, q.drain().size());
        trainer.join(5_000);
        assertTrue(returnedAt.get() >= drainedAt, "released by the drain");
        assertEquals(1, q.backpressureWaits());
        q.onEvent(epoch(3)); // fresh backlog: no wait
        assertEquals(1, q.backpressureWaits());
    }

    @Test
    void aPumpThatStopsReleasesTheTrainer() throws Exception {
        EventQueue q = pumpedQueueWithAStaleEvent();
        Thread trainer = new Thread(() -> q.onEvent(epoch(2)));
        trainer.start();
        Thread.sleep(20);
        q.setDrainedRegularly(false);
        trainer.join(EventQueue.MAX_WAIT_MS / 2); // released at once, not when its longest wait runs out
        assertTrue(!trainer.isAlive(), "a stopped pump must not hold the trainer");
    }
}
