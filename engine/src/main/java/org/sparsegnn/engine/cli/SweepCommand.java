package org.sparsegnn.engine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.report.Sweep;
import org.sparsegnn.engine.report.SweepFailure;
import org.sparsegnn.engine.report.SweepFolder;
import org.sparsegnn.engine.report.SweepRun;
import org.sparsegnn.engine.report.SweepTrial;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code sweep}: methods × sparsities × seeds on one dataset, one trial after another in this process. Every trial
 * is written into OUT/trials/ID/ as it finishes (a rerun skips finished trials; a failed trial is recorded there
 * and the sweep goes on), then the merged results: OUT/sweep.csv, OUT/sweep_epochs.csv, OUT/sweep_summary.md and
 * the paper's charts (see {@link org.sparsegnn.engine.report.SweepReport}). A run that diverges is kept with its
 * {@code diverged_epoch} (in sweep.csv, left out of the means and charts).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run methods × sparsities × seeds and write OUT/trials/*/ (one run folder per trial), OUT/sweep.csv "
                + "plus accuracy-vs-sparsity and accuracy-vs-epoch charts (PNG, SVG). A rerun trains only unfinished trials.")
public final class SweepCommand implements Callable<Integer> {
    @Mixin
    SweepOptions sweep = new SweepOptions();

    @Override
    public Integer call() throws Exception {
        List<Sweep.Plan> plans = sweep.plan();
        OutFolder.check(sweep.outPath());
        // --preset paper adapts each trial to the graph, so the graph is needed to know which trials are finished
        Graph loaded = sweep.paperPreset() ? sweep.graph().load() : null;
        if (loaded != null) sweep.adaptTo(loaded, System.out);
        SweepFolder folder = new SweepFolder(sweep.outPath());
        String dataset = sweep.dataset();
        SweepRun[] done = new SweepRun[plans.size()];
        List<Sweep.Plan> pending = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            done[i] = folder.finished(plans.get(i), dataset, sweep.config(plans.get(i)));
            if (done[i] == null) pending.add(plans.get(i));
        }
        if (pending.size() < plans.size()) {
            System.out.println((plans.size() - pending.size()) + " of " + plans.size() + " trials finished already in "
                    + sweep.out() + "; training the other " + pending.size());
        }
        List<SweepFailure> failures = new ArrayList<>();
        if (!pending.isEmpty()) {
            Graph g = loaded != null ? loaded : sweep.graph().load();
            String sweepId = UUID.randomUUID().toString();
            try (ProgressListener progress = new ProgressListener(dataset + " sweep", Sweep.totalEpochs(pending, sweep.configs()))) {
                for (Sweep.Plan p : pending) {
                    try {
                        SweepRun r = folder.run(g, dataset, p, sweep.config(p), sweepId, progress);
                        if (r.diverged()) {
                            System.err.printf(Locale.ROOT, "warning: %s: training diverged at epoch %.0f (kept in sweep.csv "
                                    + "as %s; lower --lr)%n", p.describe(), r.metric(SweepRun.DIVERGED_EPOCH), SweepRun.DIVERGED_EPOCH);
                        }
                        done[plans.indexOf(p)] = r;
                    } catch (SweepTrial.Failed f) {
                        System.err.println("trial failed: " + f.getMessage());
                        failures.add(folder.failure(p));
                    }
                }
            }
        }
        List<SweepRun> runs = new ArrayList<>();
        for (SweepRun r : done) if (r != null) runs.add(r);
        System.out.print(sweep.report().write(sweep.outPath(), runs, failures));
        System.out.println("wrote " + sweep.outPath().resolve("sweep.csv") + ", " + SweepFolder.TRIALS
                + "/ and charts accuracy_vs_sparsity / accuracy_vs_epoch (.png, .svg)");
        if (failures.isEmpty()) return 0;
        System.err.printf(Locale.ROOT, "%d of %d trials failed (see %s/*/log.txt); rerun the same command to retry them%n",
                failures.size(), plans.size(), sweep.outPath().resolve(SweepFolder.TRIALS));
        return 1;
    }
}
