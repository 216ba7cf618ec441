package org.sparsegnn.engine.report;

import java.util.List;
import java.util.Map;

/**
 * One finished run of a sweep: its cell (method, target sparsity, seed), the RunFinished metrics and the per-epoch
 * test / validation accuracy (for accuracy-vs-epoch curves). A run that diverged has only {@value #DIVERGED_EPOCH}
 * among its metrics and the epochs before it stopped.
 */
public record SweepRun(String method, double sparsity, long seed, Map<String, Double> metrics, double wallSeconds,
                       List<EpochPoint> epochs) {
    /** The metric a diverged run has instead of results: the epoch its loss diverged at. */
    public static final String DIVERGED_EPOCH = "diverged_epoch";

    public SweepRun {
        metrics = Map.copyOf(metrics);
        epochs = List.copyOf(epochs);
    }

    public boolean diverged() {
        return metrics.containsKey(DIVERGED_EPOCH);
    }

    /** Accuracy after one epoch; {@code hardPrunedTest} is NaN outside SLR/ADMM re-weighting. */
    public record EpochPoint(int epoch, String phase, double trainAccuracy, double valAccuracy, double testAccuracy,
                             double hardPrunedTest) {
    }

    public double metric(String key) {
        return metrics.getOrDefault(key, Double.NaN);
    }
}
