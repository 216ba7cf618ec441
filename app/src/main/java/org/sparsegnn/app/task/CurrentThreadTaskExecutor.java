package org.sparsegnn.app.task;

/** Runs tasks and callbacks synchronously on the calling thread: deterministic view-model tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <V> void execute(BackgroundTask<V> task) {
        task.setSink(p -> task.progressHandler().accept(p));
        V result;
        try {
            result = task.runCall();
        } catch (Exception e) {
            task.failureHandler().accept(e);
            return;
        }
        task.successHandler().accept(result);
    }

    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
    }
}
