package org.sparsegnn.engine.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The merged results of a sweep, written into a local folder: sweep.csv (one row per finished trial),
 * sweep_epochs.csv (accuracy per epoch of every trial), sweep_summary.md (mean ± std tables, failed trials) and the
 * paper's charts as PNG + SVG: accuracy_vs_sparsity (Fig. 5/6) and accuracy_vs_epoch (Fig. 7).
 *
 * @param dataset            graph name for titles
 * @param model              "gcn" / "fnn"
 * @param task               "node" / "link"
 * @param seeds              seeds per cell
 * @param epochChartSparsity the sparsity the accuracy-vs-epoch chart shows
 */
public record SweepReport(String dataset, String model, String task, int seeds, double epochChartSparsity) {
    public static final List<String> FILES = List.of("sweep.csv", "sweep_epochs.csv", "sweep_summary.md",
            "accuracy_vs_sparsity.png", "accuracy_vs_sparsity.svg", "accuracy_vs_epoch.png", "accuracy_vs_epoch.svg");

    /** Writes every file of {@link #FILES} into {@code dir}; returns the test-accuracy table (Markdown). */
    public String write(Path dir, List<SweepRun> runs, List<SweepFailure> failures) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(dir);
        StringBuilder csv = new StringBuilder(SweepTable.header()).append('\n');
        StringBuilder epochs = new StringBuilder("method,target_sparsity,seed,epoch,phase,train_accuracy,val_accuracy,"
                + "test_accuracy,hard_pruned_test_accuracy\n");
        for (SweepRun r : runs) {
            csv.append(SweepTable.row(r)).append('\n');
            for (SweepRun.EpochPoint p : r.epochs()) {
                epochs.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%s,%.6g,%.6g,%.6g,%s%n", r.method(), r.sparsity(),
                        r.seed(), p.epoch(), p.phase(), p.trainAccuracy(), p.valAccuracy(), p.testAccuracy(),
                        Double.isNaN(p.hardPrunedTest()) ? "" : String.format(Locale.ROOT, "%.6g", p.hardPrunedTest())));
            }
        }
        Files.writeString(dir.resolve("sweep.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("sweep_epochs.csv"), epochs, StandardCharsets.UTF_8);
        String table = SweepTable.markdown(runs, "test_accuracy");
        StringBuilder md = new StringBuilder("# " + dataset + " " + model + ": test accuracy (mean ± std over " + seeds
                + " seed(s), best-val epoch)\n\n" + table
                + "\n# flops_ratio (counted, with drop/grow overhead)\n\n" + SweepTable.markdown(runs, "flops_ratio")
                + "\n# flops_ratio_paper\n\n" + SweepTable.markdown(runs, "flops_ratio_paper")
                + ("link".equals(task) ? "\n# test_auc (link prediction)\n\n" + SweepTable.markdown(runs, "test_auc") : ""));
        if (!failures.isEmpty()) {
            md.append("\n# failed trials (their folders under ").append(SweepFolder.TRIALS)
                    .append("/ hold the log and failure.json; rerun the sweep to retry them)\n\n| trial | attempts | last error |\n|---|---|---|\n");
            for (SweepFailure f : failures) {
                md.append("| ").append(f.trial()).append(" | ").append(f.attempts().size()).append(" | ")
                        .append(f.message().replace("|", "\\|")).append(" |\n");
            }
        }
        Files.writeString(dir.resolve("sweep_summary.md"), md, StandardCharsets.UTF_8);
        String title = dataset + " " + model;
        SweepCharts.write(SweepCharts.accuracyVsSparsity(runs, title + ": accuracy vs sparsity"),
                dir.resolve("accuracy_vs_sparsity"), 900, 560);
        SweepCharts.write(SweepCharts.accuracyVsEpoch(runs, epochChartSparsity, title + ": accuracy vs epoch at sparsity "
                + epochChartSparsity), dir.resolve("accuracy_vs_epoch"), 900, 560);
        return table;
    }
}
