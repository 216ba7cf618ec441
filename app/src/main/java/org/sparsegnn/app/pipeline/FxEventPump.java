package org.sparsegnn.app.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.sparsegnn.engine.events.TrainingEvent;

/**
 * Drains the {@link EventQueue} on the FX thread at most {@value #MAX_BATCHES_PER_SECOND} times a second and
 * hands each non-empty batch to a consumer (the run store), so a fast trainer causes one chart redraw per batch
 * rather than one per event.
 */
public final class FxEventPump {
    public static final int MAX_BATCHES_PER_SECOND = 30;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Timeline timeline;
    private final EventQueue queue;
    /** FX-thread CPU time spent applying each recent batch (ring buffer), independent of CPU contention. */
    private final double[] batchCpuMs = new double[4096];
    private long batches;
    private long events;

    public FxEventPump(EventQueue queue, Consumer<List<TrainingEvent>> consumer) {
        this.queue = queue;
        timeline = new Timeline(new KeyFrame(Duration.millis(1000.0 / MAX_BATCHES_PER_SECOND), e -> {
            FrameGate.flush();
            List<TrainingEvent> batch = queue.drain();
            if (batch.isEmpty()) return;
            batches++;
            events += batch.size();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            consumer.accept(batch);
            long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
            batchCpuMs[(int) ((batches - 1) % batchCpuMs.length)] = cpu / 1e6;
        }));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        timeline.play();
        FrameGate.setPumping(true);
        queue.setDrainedRegularly(true);
    }

    public void stop() {
        timeline.stop();
        FrameGate.setPumping(false);
        queue.setDrainedRegularly(false);
    }

    public long batchCount() {
        return batches;
    }

    /** Percentile (0..100) of the FX-thread CPU milliseconds spent applying a batch (view updates included). */
    public double batchCpuPercentile(double p) {
        return batchCpuPercentiles(p)[0];
    }

    /** Several percentiles of the same, from one sort. */
    public double[] batchCpuPercentiles(double... ps) {
        return Percentiles.of(batchCpuMs, (int) Math.min(batches, batchCpuMs.length), ps);
    }

    public long eventCount() {
        return events;
    }
}
