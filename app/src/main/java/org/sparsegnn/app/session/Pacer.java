package org.sparsegnn.app.session;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.sparsegnn.engine.train.TrainingSession;

/**
 * Slows a run down to a given number of epochs per second so an audience can follow: the session stays paused
 * and the pacer grants one epoch per tick. Unlimited speed simply resumes the session.
 */
final class Pacer {
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "workbench-pacer");
        t.setDaemon(true);
        return t;
    });

    Pacer() {
        timer.setRemoveOnCancelPolicy(true); // a stopped tick lets go of its session at once
    }
    private ScheduledFuture<?> tick;

    /** Drives {@code session} at {@code epochsPerSecond} (≤ 0 = as fast as possible). */
    synchronized void drive(TrainingSession session, double epochsPerSecond) {
        stop();
        if (epochsPerSecond <= 0) {
            session.resume();
            return;
        }
        session.pause();
        long period = Math.max(10, Math.round(1000 / epochsPerSecond));
        tick = timer.scheduleAtFixedRate(() -> {
            if (session.isDone()) {
                stop();
            } else if (session.isPaused()) {
                session.stepEpoch();
            }
        }, 0, period, TimeUnit.MILLISECONDS);
    }

    synchronized void stop() {
        if (tick != null) tick.cancel(false);
        tick = null;
    }
}
