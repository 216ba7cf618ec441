package org.sparsegnn.engine.events;

/**
 * Everything that leaves the training loop is one of these immutable records. The app, the run recorder and the
 * CLI progress bar are all just listeners of this stream. Arrays inside events are defensive copies and must be
 * treated as read-only by consumers.
 */
public sealed interface TrainingEvent
        permits RunStarted, EpochCompleted, FlopsReported, MaskInitialized, MaskUpdated, PhaseChanged, WeightSnapshot,
        RunFinished, RunFailed {
    /** Id of the run this event belongs to (unique within a process). */
    String runId();
}
