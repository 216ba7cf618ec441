package org.sparsegnn.app.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.TrainingListener;

/**
 * The trainer-side end of the event pipeline: {@link #onEvent} only enqueues (the trainer never waits), and the
 * UI side takes everything queued so far with {@link #drain} a bounded number of times per second.
 */
public final class EventQueue implements TrainingListener {
    private final ConcurrentLinkedQueue<TrainingEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong received = new AtomicLong();

    @Override
    public void onEvent(TrainingEvent event) {
        queue.add(event);
        received.incrementAndGet();
    }

    /** Everything queued so far, in arrival order (empty list when nothing is waiting). */
    public List<TrainingEvent> drain() {
        List<TrainingEvent> out = new ArrayList<>();
        for (TrainingEvent e; (e = queue.poll()) != null; ) out.add(e);
        return out;
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    public long receivedCount() {
        return received.get();
    }
}
