package org.sparsegnn.app.runs;

/** One line of the runs table (display strings and numbers; NaN where not yet known, AUC/AP for link runs only). */
public record RunRow(String runId, String dataset, String task, String model, String method, double sparsity,
                     String seed, double bestVal, double test, double testAuc, double testAp, double flopsRatio,
                     double seconds, String status, boolean overlaid, boolean baseline) {
}
