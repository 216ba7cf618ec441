package org.sparsegnn.engine.events;

/**
 * The run stopped on an error; {@code message} is a one-line explanation meant for the user, {@code kind} tells a
 * diverging loss (the settings' fault: the run is recorded as diverged, sweeps go on) from any other error.
 */
public record RunFailed(String runId, int epoch, String message, String detail, Kind kind) implements TrainingEvent {
    /** Why the run stopped. */
    public enum Kind {
        /** An error (bad settings found late, a failing method, I/O, a bug). */
        ERROR,
        /** The training loss became non-finite or grew far beyond its start (see the engine's DivergenceRule). */
        DIVERGED,
        /** Not from the trainer: a recorded run's log ends early (its process was killed); said when it is read. */
        INTERRUPTED
    }

    public RunFailed {
        if (kind == null) kind = Kind.ERROR; // runs saved before the kind existed
    }

    public RunFailed(String runId, int epoch, String message, String detail) {
        this(runId, epoch, message, detail, Kind.ERROR);
    }

    public boolean diverged() {
        return kind == Kind.DIVERGED;
    }
}
