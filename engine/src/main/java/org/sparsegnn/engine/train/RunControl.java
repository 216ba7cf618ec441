package org.sparsegnn.engine.train;

import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.TrainingEvent;

/**
 * Pause / resume / step / cancel flags shared between the trainer thread and a controlling thread (the app).
 * The trainer asks {@link #awaitPermission()} before every optimizer step, so a pause or cancel takes effect
 * within one step. A step request on a running session pauses it once the requested unit is done.
 */
public final class RunControl {
    /** What a paused run is allowed to do before pausing again. */
    private enum Allowance { NONE, ONE_STEP, ONE_EPOCH, TO_MASK_UPDATE }

    private boolean paused;
    private boolean cancelled;
    private Allowance allowance = Allowance.NONE;

    public synchronized void pause() {
        paused = true;
        allowance = Allowance.NONE;
    }

    public synchronized void resume() {
        paused = false;
        allowance = Allowance.NONE;
        notifyAll();
    }

    /** Exactly one more optimizer step, then pause. */
    public synchronized void stepUpdate() {
        grant(Allowance.ONE_STEP);
    }

    /** Finish the current epoch (or, at an epoch boundary, the next one), then pause. */
    public synchronized void stepEpoch() {
        grant(Allowance.ONE_EPOCH);
    }

    /** Run until the next mask update has been published (or the run ends), then pause. */
    public synchronized void stepToMaskUpdate() {
        grant(Allowance.TO_MASK_UPDATE);
    }

    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    public synchronized boolean isPaused() {
        return paused && allowance == Allowance.NONE;
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    private void grant(Allowance a) {
        paused = true;
        allowance = a;
        notifyAll();
    }

    /**
     * Blocks while paused without an allowance. Returns false when the run must stop (cancelled or the waiting
     * thread was interrupted).
     */
    public synchronized boolean awaitPermission() {
        while (paused && allowance == Allowance.NONE && !cancelled) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled = true;
            }
        }
        return !cancelled;
    }

    synchronized void stepDone() {
        if (allowance == Allowance.ONE_STEP) allowance = Allowance.NONE;
    }

    synchronized void epochDone() {
        if (allowance == Allowance.ONE_EPOCH) allowance = Allowance.NONE;
    }

    synchronized void published(TrainingEvent e) {
        if (allowance == Allowance.TO_MASK_UPDATE && e instanceof MaskUpdated) allowance = Allowance.NONE;
    }
}
