package org.sparsegnn.engine.sparsity;

import java.util.Map;

/**
 * Metrics of the model on each split. For node classification the main metric is accuracy; link prediction
 * reports binary accuracy as the main metric and AUC / AP in {@code extra}.
 */
public record Evaluation(double loss, double train, double val, double test, Map<String, Double> extra) {
    public Evaluation {
        extra = Map.copyOf(extra);
    }
}
