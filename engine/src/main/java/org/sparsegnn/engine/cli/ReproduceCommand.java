package org.sparsegnn.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sparsegnn.engine.graph.io.DatasetRegistry;
import org.sparsegnn.engine.repro.GraphCache;
import org.sparsegnn.engine.repro.PaperFigure;
import org.sparsegnn.engine.repro.Reproduction;
import org.sparsegnn.engine.repro.ReproductionRunner;
import org.sparsegnn.engine.repro.ReproductionPlan;
import org.sparsegnn.engine.repro.TrialResult;
import org.sparsegnn.engine.repro.TrialStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reproduce}: the paper's Fig. 5, 6, 7 and Table II on the project's data in one command. Every trial's
 * result is stored as it finishes ({@code --cache}, default OUT/trials), so a second run reads them and an
 * interrupted one resumes; then CSVs, PNG + SVG charts and a Markdown report are written.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Reproduce the paper's Fig. 5, 6, 7 and Table II (several seeds, error bars): CSV, PNG, SVG and a Markdown report beside the paper's numbers.")
public final class ReproduceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--figure", required = true, paramLabel = "5|6|7|table2|all", description = "what to reproduce (a comma list works too)")
    String figure;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (CSV, PNG, SVG; the report unless --report)")
    Path out;
    @Option(names = "--report", paramLabel = "FILE", description = "the Markdown report (default DIR/reproduction.md); image links are relative to it")
    Path report;
    @Option(names = "--seeds", description = "seeds per point, at least 3 (default 3)")
    int seeds = 3;
    @Option(names = "--seed", description = "first seed (default 0)")
    long firstSeed = 0;
    @Option(names = "--data-dir", paramLabel = "DIR", description = "folder holding the datasets (as the project's shared data folder)")
    Path dataDir;
    @Option(names = "--cache", paramLabel = "DIR", description = "finished trials, one JSON each (default DIR/trials); a re-run reads them instead of training")
    Path cache;
    @Option(names = "--plan", description = "list what would be trained and stop")
    boolean planOnly;
    @Option(names = "--report-only", description = "write the report from the trials stored so far, training nothing")
    boolean reportOnly;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        List<PaperFigure> figures = PaperFigure.parse(figure);
        if (seeds < 3) throw new IllegalArgumentException("--seeds must be at least 3 (error bars need several seeds), got " + seeds);
        OutFolder.check(out);
        List<Long> seedList = new ArrayList<>();
        for (int i = 0; i < seeds; i++) seedList.add(firstSeed + i);
        DatasetRegistry registry = registry();
        GraphCache graphs = new GraphCache((name, graphOnly) -> registry.load(name, graphOnly, (f, done, total) -> {
            if (done == total) System.err.println("downloaded " + f + " (" + done + " bytes)");
        }));
        Reproduction repro = Reproduction.ofPaper(figures, seedList, graphs);
        ReproductionPlan plan = repro.plan();
        Path trials = cache != null ? cache : out.resolve("trials");
        TrialStore store = new TrialStore(trials);
        System.out.println("reproduce " + String.join(", ", figures.stream().map(PaperFigure::title).toList()));
        System.out.println("settings (the paper preset adapted to each graph; the exact values: --preset paper-literal):");
        for (String n : repro.settingsNotes()) System.out.println("  " + n);
        if (planOnly) {
            Map<String, TrialResult> stored = repro.stored(store); // each trial's file read once
            for (var t : plan.trials()) System.out.println("  " + (stored.containsKey(t.key()) ? "stored   " : "to train ") + t.describe());
            System.out.printf(Locale.ROOT, "%d trials, %d stored in %s%n", plan.trials().size(), stored.size(), trials);
            return 0;
        }
        var results = reportOnly ? repro.stored(store) : repro.run(store, new Printer(), e -> { });
        Path reportFile = report != null ? report : out.resolve("reproduction.md");
        repro.writeReport(results, out, reportFile, commandLine());
        System.out.println("wrote " + reportFile + " and the CSV / PNG / SVG files in " + out);
        return 0;
    }

    private DatasetRegistry registry() {
        if (dataDir != null) {
            GraphOptions.checkDataDir(dataDir, dataDir.toString());
            return new DatasetRegistry(dataDir);
        }
        String shared = System.getProperty("sparsegnn.data");
        return shared != null ? new DatasetRegistry(Path.of(shared)) : DatasetRegistry.defaults();
    }

    /**
     * The command that reproduces the report: the original arguments (which start with the subcommand's name) less
     * where the trials are stored and --report-only, which change nothing in the results.
     */
    private String commandLine() {
        List<String> args = new ArrayList<>();
        List<String> original = spec.commandLine().getParseResult().originalArgs();
        for (int i = 0; i < original.size(); i++) {
            String a = original.get(i);
            if (a.equals("--report-only") || a.startsWith("--cache=")) continue;
            if (a.equals("--cache")) {
                i++;
                continue;
            }
            args.add(a);
        }
        return "sparsegnn " + String.join(" ", args);
    }

    /** One line per trained trial and a summary of the stored ones, with the time left. */
    private static final class Printer implements ReproductionRunner.Progress {
        @Override
        public void planned(int total, int storedTrials) {
            System.out.printf(Locale.ROOT, "%d trials: %d already stored, %d to train%n", total, storedTrials, total - storedTrials);
        }

        @Override
        public void trialStarted(int index, int total, org.sparsegnn.engine.repro.Trial trial) {
            System.out.printf(Locale.ROOT, "[%d/%d] %s …%n", index, total, trial.describe());
        }

        @Override
        public void trialFinished(int index, int total, org.sparsegnn.engine.repro.Trial trial, TrialResult r,
                                  boolean fromStore, double secondsLeft) {
            if (fromStore) return;
            double auc = r.metric("test_auc");
            System.out.printf(Locale.ROOT, "[%d/%d] %s: test accuracy %.3f%s (%.1f s; about %s left)%n", index, total,
                    trial.describe(), r.metric("test_accuracy"), Double.isNaN(auc) ? "" : String.format(Locale.ROOT, ", ROC-AUC %.3f", auc),
                    r.wallSeconds(), minutes(secondsLeft));
        }

        private static String minutes(double s) {
            return Double.isNaN(s) ? "?" : s < 90 ? String.format(Locale.ROOT, "%.0f s", s) : String.format(Locale.ROOT, "%.0f min", s / 60);
        }
    }
}
