package org.sparsegnn.engine.train;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.sparsegnn.engine.events.TrainingEvent;

/**
 * A {@link Trainer} running on its own background thread, controlled from any other thread (the workbench):
 * pause, resume, step one optimizer update / one epoch / to the next mask update, cancel. The flags are checked
 * between optimizer steps, so every request takes effect within one step.
 */
public final class TrainingSession {
    private final Trainer trainer;
    private final CompletableFuture<TrainingEvent> result = new CompletableFuture<>();
    private final Thread thread;

    private TrainingSession(Trainer trainer, boolean startPaused) {
        this.trainer = trainer;
        if (startPaused) trainer.control().pause();
        this.thread = new Thread(() -> result.complete(trainer.run()), "sparsegnn-trainer-" + trainer.runId());
        thread.setDaemon(true);
        // below the UI's threads: where the JVM applies priorities (-XX:ThreadPriorityPolicy=1 on Linux, the
        // workbench launcher's setting) a busy trainer then cannot delay the frames of the app watching it
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /** Starts the trainer on a new daemon thread (paused before its first step if {@code startPaused}). */
    public static TrainingSession start(Trainer trainer, boolean startPaused) {
        TrainingSession s = new TrainingSession(trainer, startPaused);
        s.thread.start();
        return s;
    }

    public static TrainingSession start(Trainer trainer) {
        return start(trainer, false);
    }

    public String runId() { return trainer.runId(); }
    public void pause() { trainer.control().pause(); }
    public void resume() { trainer.control().resume(); }
    /** One optimizer step, then pause. */
    public void stepUpdate() { trainer.control().stepUpdate(); }
    /** To the end of the current epoch, then pause. */
    public void stepEpoch() { trainer.control().stepEpoch(); }
    /** Until the next MaskUpdated event, then pause. */
    public void stepToMaskUpdate() { trainer.control().stepToMaskUpdate(); }
    public void cancel() { trainer.control().cancel(); }
    public boolean isPaused() { return trainer.control().isPaused(); }
    public boolean isDone() { return result.isDone(); }

    /** Completes with the terminal event (RunFinished, possibly cancelled, or RunFailed). */
    public CompletableFuture<TrainingEvent> result() {
        return result;
    }

    /** Waits for the run to end and returns its terminal event. */
    public TrainingEvent await() throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
