package org.sparsegnn.engine.events;

import java.util.Map;

/**
 * Last event of a successful (or cancelled) run.
 *
 * @param bestEpoch  epoch with the best validation metric (model selection never looks at test)
 * @param metrics    named results: test_accuracy (at best val), val_accuracy, sparsity, training_flops,
 *                   dense_training_flops, flops_ratio, … (whatever the task and method report)
 * @param cancelled  true when stopped by the user before the last epoch
 */
public record RunFinished(String runId, int bestEpoch, Map<String, Double> metrics, double wallSeconds,
                          boolean cancelled) implements TrainingEvent {
    public RunFinished {
        metrics = Map.copyOf(metrics);
    }
}
