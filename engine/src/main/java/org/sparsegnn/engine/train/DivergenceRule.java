package org.sparsegnn.engine.train;

import java.util.Locale;

/**
 * When a run counts as diverged, and the sentence that says so. A run diverges when
 * <ul>
 *   <li>a step's training loss is not finite (NaN or infinite), or</li>
 *   <li>an epoch's mean training loss exceeds {@value #GROWTH_LIMIT}× the loss of the run's first step (the
 *       untrained model; at least 1, so a near-zero start does not make ordinary noise count).</li>
 * </ul>
 * A healthy run's loss falls below its start within a few epochs and stays there; a thousandfold rise means the
 * optimizer overshoots on every step. With a non-finite loss at the very first step the data (or the initial
 * weights) are to blame, not the learning rate.
 */
final class DivergenceRule {
    /** How far above its start an epoch's mean loss may go. */
    static final double GROWTH_LIMIT = 1e3;

    private double start = Double.NaN;

    /** Checks one optimizer step's loss; throws {@link DivergedException} when it is not finite. */
    void checkStep(double loss, int epoch, double lr) {
        boolean first = Double.isNaN(start) && Double.isFinite(loss);
        if (first) start = loss;
        if (Double.isFinite(loss)) return;
        String what = Double.isNaN(loss) ? "not a number (NaN)" : "infinite";
        if (Double.isNaN(start)) {
            throw new DivergedException(String.format(Locale.ROOT, "training diverged at epoch %d: the loss of the untrained "
                    + "model is %s; the input data likely holds NaN or infinite values", epoch, what));
        }
        throw new DivergedException(String.format(Locale.ROOT, "training diverged at epoch %d: the loss became %s "
                + "(it started at %.4g)%s", epoch, what, start, cause(lr)));
    }

    /** Checks one epoch's mean training loss against the start. */
    void checkEpoch(double meanLoss, int epoch, double lr) {
        if (Double.isNaN(start) || !(meanLoss > GROWTH_LIMIT * Math.max(start, 1))) return;
        throw new DivergedException(String.format(Locale.ROOT, "training diverged at epoch %d: the loss grew from %.4g "
                + "to %.4g, over %.0f× its start%s", epoch, start, meanLoss, GROWTH_LIMIT, cause(lr)));
    }

    private static String cause(double lr) {
        return String.format(Locale.ROOT, "; the learning rate (%.3g) is probably too high, try a smaller one", lr);
    }

    /** A diverging run: ends it with RunFailed of kind DIVERGED. */
    static final class DivergedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DivergedException(String message) {
            super(message);
        }
    }
}
