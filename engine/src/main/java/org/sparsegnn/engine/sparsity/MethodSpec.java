package org.sparsegnn.engine.sparsity;

import java.util.Map;

/**
 * What a sparsity method needs to know of a run's settings: which method, the target, how it is spread over the
 * layers, the configured epoch count (phase lengths derive from it) and the method's own hyperparameters. The
 * trainer's full configuration stays in {@code train}; methods see only this.
 *
 * @param method       method id ("rigl", "slr", …)
 * @param sparsity     target fraction of zero weights over the prunable layers
 * @param distribution how the target is spread over the layers
 * @param epochs       configured epochs
 * @param methodParams hyperparameters by key (each method documents its keys and defaults)
 */
public record MethodSpec(String method, double sparsity, SparsityDistribution distribution, int epochs,
                         Map<String, Double> methodParams) {
    public MethodSpec {
        methodParams = Map.copyOf(methodParams);
    }

    public double param(String key, double fallback) {
        return methodParams.getOrDefault(key, fallback);
    }
}
