package org.sparsegnn.app.pipeline;

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

    private final Timeline timeline;
    private long batches;
    private long events;

    public FxEventPump(EventQueue queue, Consumer<List<TrainingEvent>> consumer) {
        timeline = new Timeline(new KeyFrame(Duration.millis(1000.0 / MAX_BATCHES_PER_SECOND), e -> {
            List<TrainingEvent> batch = queue.drain();
            if (batch.isEmpty()) return;
            batches++;
            events += batch.size();
            consumer.accept(batch);
        }));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    public long batchCount() {
        return batches;
    }

    public long eventCount() {
        return events;
    }
}
