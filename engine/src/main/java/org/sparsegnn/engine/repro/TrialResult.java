package org.sparsegnn.engine.repro;

import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.report.SweepRun;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * What a finished trial left behind: the run's final metrics (RunFinished), its accuracy per epoch and its wall
 * time. Stored as JSON by {@link TrialStore}.
 */
public record TrialResult(String key, String dataset, Boolean graphOnly, TrainingConfig config,
                          Map<String, Double> metrics, double wallSeconds, List<SweepRun.EpochPoint> curve) {
    /** Planetoid datasets the reproduction loads graph-only (what results stored without the flag were). */
    private static final List<String> GRAPH_ONLY = List.of("cora", "citeseer", "pubmed");

    public TrialResult {
        metrics = Map.copyOf(metrics);
        curve = List.copyOf(curve);
        if (graphOnly == null) graphOnly = GRAPH_ONLY.contains(dataset);
    }

    /** The trial this is the result of. */
    public Trial trial() {
        return new Trial(dataset, graphOnly, config);
    }

    public double metric(String name) {
        return metrics.getOrDefault(name, Double.NaN);
    }

    /** As a sweep run labelled {@code series}, for the sweep tables and charts. */
    public SweepRun asSweepRun(String series, double sparsity) {
        return new SweepRun(series, sparsity, config.seed(), metrics, wallSeconds, curve);
    }
}
