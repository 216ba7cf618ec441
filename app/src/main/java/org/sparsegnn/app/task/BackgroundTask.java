package org.sparsegnn.app.task;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A unit of work for view-models that must not run on the UI thread (loading a graph, a sweep, saving an
 * experiment). JavaFX-free: a {@link TaskExecutor} decides where {@link #call} runs and where the callbacks run,
 * so tests use {@link CurrentThreadTaskExecutor} and the app a background pool with callbacks on the FX thread.
 */
public abstract class BackgroundTask<V> {
    /** Progress as a fraction in [0, 1] (negative = unknown) with a short message. */
    public record Progress(double fraction, String message) {
    }

    private Consumer<V> onSuccess = v -> { };
    private Consumer<Exception> onFailure = e -> { };
    private Consumer<Progress> onProgress = p -> { };
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile ProgressSink sink = p -> { };

    /** Where progress reports go; set by the executor (it decides which thread delivers them). */
    interface ProgressSink {
        void report(Progress p);
    }

    protected abstract V call() throws Exception;

    public static <V> BackgroundTask<V> wrap(Work<V> work) {
        return new BackgroundTask<>() {
            @Override
            protected V call() throws Exception {
                return work.run(this::updateProgress);
            }
        };
    }

    /** A lambda body for {@link #wrap}, given a progress callback. */
    @FunctionalInterface
    public interface Work<V> {
        V run(ProgressReporter progress) throws Exception;
    }

    @FunctionalInterface
    public interface ProgressReporter {
        void report(double fraction, String message);
    }

    public BackgroundTask<V> onSuccess(Consumer<V> c) {
        onSuccess = c;
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<Exception> c) {
        onFailure = c;
        return this;
    }

    public BackgroundTask<V> onProgress(Consumer<Progress> c) {
        onProgress = c;
        return this;
    }

    protected void updateProgress(double fraction, String message) {
        sink.report(new Progress(fraction, message));
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    // executor side
    void setSink(ProgressSink s) {
        sink = s;
    }

    Consumer<V> successHandler() {
        return onSuccess;
    }

    Consumer<Exception> failureHandler() {
        return onFailure;
    }

    Consumer<Progress> progressHandler() {
        return onProgress;
    }

    V runCall() throws Exception {
        return call();
    }
}
