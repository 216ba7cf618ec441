package org.sparsegnn.engine.repro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sparsegnn.engine.report.SweepRun;
import org.sparsegnn.engine.report.SweepTable;

/**
 * A plan's finished trials arranged for one panel: as sweep runs labelled by line (for tables and
 * accuracy-vs-sparsity charts), per-epoch mean ± std curves (Fig. 7), and single cells (claims, Table II).
 */
final class FigureData {
    private final ReproductionPlan plan;
    private final Map<String, TrialResult> results;

    FigureData(ReproductionPlan plan, Map<String, TrialResult> results) {
        this.plan = plan;
        this.results = results;
    }

    List<ReproductionPlan.Entry> entries(ReproductionPlan.Panel panel) {
        return plan.entries().stream().filter(e -> e.panel().equals(panel)).toList();
    }

    /** Finished runs of a panel, labelled by line. */
    List<SweepRun> runs(ReproductionPlan.Panel panel) {
        return plan.runs(panel, results);
    }

    TrialResult resultFor(Trial trial) {
        return results.get(trial.key());
    }

    int planned(ReproductionPlan.Panel panel) {
        return entries(panel).size();
    }

    /** Mean ± std over seeds of one metric for one line at one sparsity (NaN mean when nothing finished). */
    SweepTable.Cell cell(ReproductionPlan.Panel panel, ReproductionPlan.Series series, double sparsity, String metric) {
        List<SweepRun> runs = runs(panel).stream()
                .filter(r -> r.method().equals(series.label()) && r.sparsity() == sparsity).toList();
        List<SweepTable.Cell> cells = SweepTable.aggregate(runs, metric);
        return cells.isEmpty() ? new SweepTable.Cell(series.label(), sparsity, Double.NaN, Double.NaN, 0) : cells.get(0);
    }

    /** Results of one line at one sparsity, one per seed. */
    List<TrialResult> results(ReproductionPlan.Panel panel, ReproductionPlan.Series series, double sparsity) {
        List<TrialResult> out = new ArrayList<>();
        for (ReproductionPlan.Entry e : entries(panel)) {
            if (!e.series().equals(series) || e.sparsity() != sparsity) continue;
            TrialResult r = results.get(e.trial().key());
            if (r != null) out.add(r);
        }
        return out;
    }

    /** Per epoch {epoch, mean, std} of test accuracy over the seeds of a line at a sparsity. */
    List<double[]> curve(ReproductionPlan.Panel panel, ReproductionPlan.Series series, double sparsity) {
        TreeMap<Integer, List<Double>> byEpoch = new TreeMap<>();
        for (TrialResult r : results(panel, series, sparsity)) {
            for (SweepRun.EpochPoint p : r.curve()) byEpoch.computeIfAbsent(p.epoch(), k -> new ArrayList<>()).add(p.testAccuracy());
        }
        List<double[]> out = new ArrayList<>();
        byEpoch.forEach((epoch, v) -> out.add(new double[] {epoch, mean(v), std(v)}));
        return out;
    }

    /** First epoch of each phase after the first, in the first finished run of a line (e.g. reweight → 21). */
    Map<String, Integer> phaseStarts(ReproductionPlan.Panel panel, ReproductionPlan.Series series, double sparsity) {
        Map<String, Integer> starts = new LinkedHashMap<>();
        List<TrialResult> rs = results(panel, series, sparsity);
        if (rs.isEmpty()) return starts;
        String previous = null;
        for (SweepRun.EpochPoint p : rs.get(0).curve()) {
            if (previous != null && !p.phase().equals(previous)) starts.putIfAbsent(p.phase(), p.epoch());
            previous = p.phase();
        }
        return starts;
    }

    static double mean(List<Double> v) {
        double s = 0;
        for (double d : v) s += d;
        return v.isEmpty() ? Double.NaN : s / v.size();
    }

    static double std(List<Double> v) {
        if (v.size() < 2) return 0;
        double m = mean(v), s = 0;
        for (double d : v) s += (d - m) * (d - m);
        return Math.sqrt(s / (v.size() - 1));
    }
}
