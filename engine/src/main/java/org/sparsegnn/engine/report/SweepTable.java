package org.sparsegnn.engine.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** sweep.csv rows and per-(method, sparsity) means over seeds. */
public final class SweepTable {
    /** Columns of sweep.csv after method, sparsity, seed (link-prediction columns are empty for node tasks). */
    public static final List<String> METRICS = List.of("test_accuracy", "val_accuracy", "best_epoch", "sparsity",
            "training_flops", "dense_training_flops", "flops_ratio", "flops_ratio_paper", "exploration_rate", "test_auc", "test_ap", "embedding_seconds", SweepRun.DIVERGED_EPOCH);

    private SweepTable() {
    }

    public static String header() {
        return "method,target_sparsity,seed," + String.join(",", METRICS) + ",wall_seconds";
    }

    public static String row(SweepRun r) {
        StringBuilder b = new StringBuilder();
        b.append(r.method()).append(',').append(fmt(r.sparsity())).append(',').append(r.seed());
        for (String m : METRICS) b.append(',').append(fmt(r.metric(m)));
        b.append(',').append(fmt(r.wallSeconds()));
        return b.toString();
    }

    /** Mean and standard deviation of one metric per (method, target sparsity), in first-seen order. */
    public static List<Cell> aggregate(List<SweepRun> runs, String metric) {
        Map<String, List<SweepRun>> groups = new LinkedHashMap<>();
        for (SweepRun r : runs) groups.computeIfAbsent(r.method() + "\u0000" + r.sparsity(), k -> new ArrayList<>()).add(r);
        List<Cell> out = new ArrayList<>();
        for (List<SweepRun> g : groups.values()) {
            double[] v = g.stream().mapToDouble(r -> r.metric(metric)).filter(d -> !Double.isNaN(d)).toArray();
            double mean = 0;
            for (double d : v) mean += d / v.length;
            double var = 0;
            for (double d : v) var += (d - mean) * (d - mean);
            double std = v.length > 1 ? Math.sqrt(var / (v.length - 1)) : 0;
            out.add(new Cell(g.get(0).method(), g.get(0).sparsity(), v.length == 0 ? Double.NaN : mean, std, v.length));
        }
        return out;
    }

    /** One aggregated cell. */
    public record Cell(String method, double sparsity, double mean, double std, int n) {
    }

    /** A methods × sparsities table of mean ± std (Markdown), for notes and the terminal. */
    public static String markdown(List<SweepRun> runs, String metric) {
        List<Cell> cells = aggregate(runs, metric);
        List<Double> sparsities = cells.stream().map(Cell::sparsity).distinct().sorted().toList();
        List<String> methods = cells.stream().map(Cell::method).distinct().toList();
        StringBuilder b = new StringBuilder("| method |");
        for (double s : sparsities) b.append(' ').append(BigDecimal.valueOf(s).stripTrailingZeros().toPlainString()).append(" |");
        b.append("\n|---|");
        b.append("---|".repeat(sparsities.size())).append('\n');
        for (String m : methods) {
            b.append("| ").append(m).append(" |");
            for (double s : sparsities) {
                Cell c = cells.stream().filter(x -> x.method().equals(m) && x.sparsity() == s).findFirst().orElse(null);
                b.append(c == null || c.n() == 0 ? " – |" : String.format(Locale.ROOT, " %.3f ± %.3f |", c.mean(), c.std()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) return "";
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
