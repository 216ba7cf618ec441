package org.sparsegnn.app.task;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs tasks on daemon background threads and delivers callbacks through {@code uiExecutor} (in the app:
 * {@code Platform::runLater}). Progress is coalesced: at most one pending progress report per task reaches the UI.
 */
public final class ThreadPoolTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;
    private final Executor uiExecutor;

    public ThreadPoolTaskExecutor(Executor uiExecutor) {
        this.uiExecutor = uiExecutor;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "workbench-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        var pending = new AtomicReference<BackgroundTask.Progress>();
        task.setSink(p -> {
            if (pending.getAndSet(p) == null) {
                uiExecutor.execute(() -> task.progressHandler().accept(pending.getAndSet(null)));
            }
        });
        pool.execute(() -> {
            try {
                V result = task.runCall();
                uiExecutor.execute(() -> task.successHandler().accept(result));
            } catch (Exception e) {
                uiExecutor.execute(() -> task.failureHandler().accept(e));
            } catch (Throwable t) {
                // e.g. an UnsatisfiedLinkError from native code: still a message, never a dead app
                uiExecutor.execute(() -> task.failureHandler().accept(new RuntimeException(t.toString(), t)));
            }
        });
    }

    @Override
    public void runOnUi(Runnable action) {
        uiExecutor.execute(action);
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
