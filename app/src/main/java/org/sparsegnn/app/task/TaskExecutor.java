package org.sparsegnn.app.task;

/** Runs {@link BackgroundTask}s; view-models depend on this, never on threads or JavaFX directly. */
public interface TaskExecutor {
    <V> void execute(BackgroundTask<V> task);

    /** Runs a short action on the UI thread (FX thread in the app, the caller's thread in tests). */
    void runOnUi(Runnable action);

    void shutdown();
}
