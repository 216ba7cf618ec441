package org.sparsegnn.engine.events;

import java.util.Map;

/**
 * Metrics at the end of one epoch (epochs count from 1).
 *
 * @param phase                   current phase name (e.g. "dense", "reweight", "retrain", "sparse", "train")
 * @param loss                    mean training loss of the epoch (task loss, without penalty terms)
 * @param trainAccuracy           accuracy (or the task's main metric) on the training split
 * @param valAccuracy             … on the validation split
 * @param testAccuracy            … on the test split
 * @param layerSparsity           parameter name → fraction of zero-masked weights (prunable layers only)
 * @param cumulativeTrainingFlops training FLOPs spent up to and including this epoch (counted)
 * @param epochMillis             wall time of the epoch's training part
 * @param extra                   further named metrics (e.g. "hard_pruned_test_accuracy", "val_auc")
 */
public record EpochCompleted(String runId, int epoch, String phase, double loss, double trainAccuracy,
                             double valAccuracy, double testAccuracy, Map<String, Double> layerSparsity,
                             double cumulativeTrainingFlops, double epochMillis, Map<String, Double> extra)
        implements TrainingEvent {
    public EpochCompleted {
        layerSparsity = Map.copyOf(layerSparsity);
        extra = Map.copyOf(extra);
    }
}
