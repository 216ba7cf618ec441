package org.sparsegnn.engine.events;

/** The run stopped on an error; {@code message} is a one-line explanation meant for the user. */
public record RunFailed(String runId, int epoch, String message, String detail) implements TrainingEvent {
}
