package org.sparsegnn.app.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.TrainingListener;

/**
 * The trainer-side end of the event pipeline: {@link #onEvent} enqueues, and the UI side takes everything queued
 * so far with {@link #drain} a bounded number of times per second.
 *
 * <p>Backpressure: while a pump drains the queue regularly ({@link #setDrainedRegularly}), a trainer that finds
 * the oldest waiting event older than {@value #MAX_BACKLOG_MS} ms (the UI has not drained for several of its
 * ticks: it is starved of CPU) waits for the next drain, at most {@value #MAX_WAIT_MS} ms. On a small machine
 * this hands the trainer's core to the UI exactly when it falls behind (mostly in a run's first seconds, while
 * the JIT compiler also wants a core), and bounds the backlog; a UI that keeps up never makes the trainer wait.
 */
public final class EventQueue implements TrainingListener {
    static final long MAX_BACKLOG_MS = 100;
    static final long MAX_WAIT_MS = 250;

    private final ConcurrentLinkedQueue<TrainingEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong waits = new AtomicLong();
    private final Object drainSignal = new Object();
    /** System.nanoTime() when the oldest waiting event arrived; 0 when none waits. */
    private volatile long oldestNanos;
    private volatile boolean drainedRegularly;

    @Override
    public void onEvent(TrainingEvent event) {
        queue.add(event);
        long now = System.nanoTime();
        long oldest = oldestNanos;
        if (oldest == 0) {
            oldestNanos = now;
        } else if (drainedRegularly && now - oldest > MAX_BACKLOG_MS * 1_000_000L) {
            awaitDrain(oldest);
        }
    }

    private void awaitDrain(long oldest) {
        waits.incrementAndGet();
        long deadline = System.nanoTime() + MAX_WAIT_MS * 1_000_000L;
        synchronized (drainSignal) {
            while (oldestNanos == oldest && drainedRegularly) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) return;
                try {
                    drainSignal.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // a cancelled trainer: stop waiting, it will see the flag
                    return;
                }
            }
        }
    }

    /** Everything queued so far, in arrival order (empty list when nothing is waiting). */
    public List<TrainingEvent> drain() {
        List<TrainingEvent> out = new ArrayList<>();
        oldestNanos = 0;
        for (TrainingEvent e; (e = queue.poll()) != null; ) out.add(e);
        synchronized (drainSignal) {
            drainSignal.notifyAll();
        }
        return out;
    }

    /** Whether a consumer drains the queue on a clock (only then may the trainer wait for it). */
    public void setDrainedRegularly(boolean on) {
        drainedRegularly = on;
        if (!on) {
            synchronized (drainSignal) {
                drainSignal.notifyAll();
            }
        }
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    /** How many times the trainer waited for the UI (a measure of how often the UI fell behind). */
    public long backpressureWaits() {
        return waits.get();
    }
}
