package org.sparsegnn.engine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.report.Sweep;
import org.sparsegnn.engine.report.SweepCharts;
import org.sparsegnn.engine.report.SweepRun;
import org.sparsegnn.engine.report.SweepTable;
import org.sparsegnn.engine.sparsity.SparsityMethods;
import org.sparsegnn.engine.train.TaskKind;
import org.sparsegnn.engine.train.TrainingConfig;
import org.sparsegnn.engine.train.TrainingConfigBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sweep}: methods × sparsities × seeds on one dataset; writes OUT/sweep.csv (one row per run, appended as
 * runs finish), OUT/sweep_epochs.csv (accuracy per epoch of every run), OUT/sweep_summary.md (mean ± std table)
 * and the paper's charts as PNG + SVG: OUT/accuracy_vs_sparsity (Fig. 5/6) and OUT/accuracy_vs_epoch (Fig. 7).
 * A run that diverges is kept in sweep.csv with its {@code diverged_epoch} (and left out of the means and charts);
 * the sweep goes on.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run methods × sparsities × seeds and write OUT/sweep.csv plus accuracy-vs-sparsity and accuracy-vs-epoch charts (PNG, SVG).")
public final class SweepCommand implements Callable<Integer> {
    @Mixin
    GraphOptions graph = new GraphOptions();
    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--methods", split = ",", required = true, paramLabel = "M", description = "methods, e.g. slr,rigl (dense = reference line)")
    List<String> methods;
    @Option(names = "--sparsities", split = ",", required = true, paramLabel = "S", description = "target sparsities, e.g. 0.5,0.9,0.969")
    List<Double> sparsities;
    @Option(names = "--seeds", description = "seeds per cell, default 1")
    int seeds = 1;
    @Option(names = "--seed", description = "first seed, default 0")
    long firstSeed = 0;
    @Option(names = "--epoch-chart-sparsity", paramLabel = "S", description = "sparsity of the accuracy-vs-epoch chart (default: the one closest to 0.906)")
    Double epochChartSparsity;
    @Option(names = "--out", required = true, paramLabel = "OUT", description = "output folder")
    Path out;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (seeds < 1) throw new IllegalArgumentException("--seeds must be at least 1, got " + seeds);
        AtomicOutput.checkTarget(out);
        checkParams();
        List<Long> seedList = new ArrayList<>();
        for (int i = 0; i < seeds; i++) seedList.add(firstSeed + i);
        Sweep.Configs configs = this::config;
        List<Sweep.Plan> plans = Sweep.plan(methods, sparsities, seedList);
        // every bad value named before any work
        RunOptions.validate(Sweep.problems(plans, configs), Map.of("method", "--methods", "sparsity", "--sparsities"));
        long totalEpochs = Sweep.totalEpochs(plans, configs);
        Graph g = graph.load();
        Files.createDirectories(out);
        List<SweepRun> runs;
        try (BufferedWriter csv = Files.newBufferedWriter(out.resolve("sweep.csv"), StandardCharsets.UTF_8);
             BufferedWriter epochs = Files.newBufferedWriter(out.resolve("sweep_epochs.csv"), StandardCharsets.UTF_8);
             ProgressListener progress = new ProgressListener(graph.name() + " sweep", totalEpochs)) {
            csv.write(SweepTable.header());
            csv.newLine();
            epochs.write("method,target_sparsity,seed,epoch,phase,train_accuracy,val_accuracy,test_accuracy,hard_pruned_test_accuracy");
            epochs.newLine();
            runs = Sweep.run(g, plans, configs, r -> {
                if (r.diverged()) {
                    System.err.printf(Locale.ROOT, "warning: %s at sparsity %s, seed %d: training diverged at epoch %.0f "
                            + "(kept in sweep.csv as %s; lower --lr)%n", r.method(), r.sparsity(), r.seed(),
                            r.metric(SweepRun.DIVERGED_EPOCH), SweepRun.DIVERGED_EPOCH);
                }
                try {
                    csv.write(SweepTable.row(r));
                    csv.newLine();
                    csv.flush();
                    for (SweepRun.EpochPoint p : r.epochs()) {
                        epochs.write(String.format(Locale.ROOT, "%s,%s,%d,%d,%s,%.6g,%.6g,%.6g,%s", r.method(),
                                r.sparsity(), r.seed(), p.epoch(), p.phase(), p.trainAccuracy(), p.valAccuracy(),
                                p.testAccuracy(), Double.isNaN(p.hardPrunedTest()) ? "" : String.format(Locale.ROOT, "%.6g", p.hardPrunedTest())));
                        epochs.newLine();
                    }
                    epochs.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, progress);
        }
        String table = SweepTable.markdown(runs, "test_accuracy");
        Files.writeString(out.resolve("sweep_summary.md"), "# " + graph.name() + " " + run.unchecked(firstSeed).model()
                + ": test accuracy (mean ± std over " + seeds + " seed(s), best-val epoch)\n\n" + table
                + "\n# flops_ratio (counted, with drop/grow overhead)\n\n" + SweepTable.markdown(runs, "flops_ratio")
                + "\n# flops_ratio_paper\n\n" + SweepTable.markdown(runs, "flops_ratio_paper")
                + (run.unchecked(firstSeed).task() == TaskKind.LINK
                        ? "\n# test_auc (link prediction)\n\n" + SweepTable.markdown(runs, "test_auc") : ""));
        String title = graph.name() + " " + run.unchecked(firstSeed).model();
        SweepCharts.write(SweepCharts.accuracyVsSparsity(runs, title + ": accuracy vs sparsity"),
                out.resolve("accuracy_vs_sparsity"), 900, 560);
        double epochS = epochChartSparsity != null ? epochChartSparsity : closest(sparsities, 0.906);
        SweepCharts.write(SweepCharts.accuracyVsEpoch(runs, epochS, title + ": accuracy vs epoch at sparsity " + epochS),
                out.resolve("accuracy_vs_epoch"), 900, 560);
        System.out.print(table);
        System.out.println("wrote " + out.resolve("sweep.csv") + " and charts accuracy_vs_sparsity / accuracy_vs_epoch (.png, .svg)");
        return 0;
    }

    /** The run's config; --param keys go only to the methods that have them (one sweep, several methods). */
    private TrainingConfig config(String method, double sparsity, long seed) {
        run.method = method;
        run.sparsity = sparsity;
        TrainingConfigBuilder b = TrainingConfigBuilder.from(run.unchecked(seed));
        Set<String> known = new HashSet<>();
        SparsityMethods.describe(method).forEach(p -> known.add(p.key()));
        b.methodParams.keySet().retainAll(known);
        return b.build();
    }

    private void checkParams() {
        for (String key : run.params.keySet()) {
            boolean used = methods.stream().anyMatch(m -> SparsityMethods.describe(m).stream().anyMatch(p -> p.key().equals(key)));
            if (!used) throw new IllegalArgumentException("--param " + key + ": none of the methods " + methods + " has that parameter");
        }
    }

    private static double closest(List<Double> values, double target) {
        double best = values.get(0);
        for (double v : values) if (Math.abs(v - target) < Math.abs(best - target)) best = v;
        return best;
    }
}
