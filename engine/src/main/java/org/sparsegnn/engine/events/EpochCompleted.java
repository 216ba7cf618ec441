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
 * @param millisByKind            the epoch's training time split by kind of work, in milliseconds: "forward",
 *                                "backward", "optimizer" (weight decay, masking, the update), "mask_update" (the
 *                                sparsity method's hooks) and "other" (batches, loss, bookkeeping); they add up
 *                                to {@code epochMillis}. Empty in records written before it existed.
 * @param millisByLayer           weight name → milliseconds the epoch's training steps spent in that layer's
 *                                forward and backward passes (for a GCN layer its aggregation included). Empty in
 *                                records written before it existed.
 * @param kernelByLayer           weight name → "dense" or "sparse": the kernels each weight layer ran in the
 *                                epoch's last training step. Empty in records written before it existed.
 */
public record EpochCompleted(String runId, int epoch, String phase, double loss, double trainAccuracy,
                             double valAccuracy, double testAccuracy, Map<String, Double> layerSparsity,
                             double cumulativeTrainingFlops, double epochMillis, Map<String, Double> extra,
                             Map<String, Double> millisByKind, Map<String, Double> millisByLayer,
                             Map<String, String> kernelByLayer)
        implements TrainingEvent {
    /** The kinds of {@link #millisByKind}, in display order. */
    public static final java.util.List<String> TIME_KINDS = java.util.List.of("forward", "backward", "optimizer",
            "mask_update", "other");

    public EpochCompleted {
        layerSparsity = Map.copyOf(layerSparsity);
        extra = Map.copyOf(extra);
        millisByKind = ordered(millisByKind);
        millisByLayer = ordered(millisByLayer);
        kernelByLayer = ordered(kernelByLayer);
    }

    /** An unmodifiable copy that keeps the order (kinds in display order, layers in model order). */
    private static <V> Map<String, V> ordered(Map<String, V> m) {
        return m == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }

    /** Without timing by kind and kernels (tests, older producers). */
    public EpochCompleted(String runId, int epoch, String phase, double loss, double trainAccuracy,
                          double valAccuracy, double testAccuracy, Map<String, Double> layerSparsity,
                          double cumulativeTrainingFlops, double epochMillis, Map<String, Double> extra) {
        this(runId, epoch, phase, loss, trainAccuracy, valAccuracy, testAccuracy, layerSparsity,
                cumulativeTrainingFlops, epochMillis, extra, Map.of(), Map.of(), Map.of());
    }
}
