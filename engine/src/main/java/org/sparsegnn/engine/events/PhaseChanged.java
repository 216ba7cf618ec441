package org.sparsegnn.engine.events;

/** A method moved to a new phase (e.g. SLR dense → reweight → retrain), effective from {@code epoch}. */
public record PhaseChanged(String runId, int epoch, long step, String fromPhase, String toPhase, String description)
        implements TrainingEvent {
}
