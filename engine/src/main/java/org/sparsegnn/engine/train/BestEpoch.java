package org.sparsegnn.engine.train;

import org.sparsegnn.engine.sparsity.Evaluation;

/**
 * Model selection over a run's epochs: the epoch with the best validation score among those the method calls
 * selectable (SLR: only retrain epochs), else the last epoch.
 */
final class BestEpoch {
    /** One completed epoch's evaluation. */
    record Pick(int epoch, Evaluation evaluation) {
    }

    private Pick best;
    private Pick last;

    /** Takes part in the selection only when {@code selectable}; always becomes the last epoch. */
    void offer(int epoch, Evaluation evaluation, boolean selectable) {
        Pick p = new Pick(epoch, evaluation);
        if (selectable && (best == null || evaluation.val() > best.evaluation().val())) best = p;
        last = p;
    }

    /** Whether any epoch was offered. */
    boolean any() {
        return last != null;
    }

    /** The selected epoch: the best selectable one, else the last. */
    Pick chosen() {
        return best != null ? best : last;
    }

    Pick last() {
        return last;
    }
}
