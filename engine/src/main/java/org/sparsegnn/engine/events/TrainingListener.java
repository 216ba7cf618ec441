package org.sparsegnn.engine.events;

/**
 * Receives training events on the trainer's thread. Implementations must return quickly (queue the event and
 * process it elsewhere); the trainer never waits for a consumer.
 */
@FunctionalInterface
public interface TrainingListener {
    void onEvent(TrainingEvent event);
}
