package org.sparsegnn.engine.cli;

import java.io.PrintStream;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.train.ConfigPresets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.report.Sweep;
import org.sparsegnn.engine.report.SweepReport;
import org.sparsegnn.engine.sparsity.SparsityMethods;
import org.sparsegnn.engine.train.ConfigPresets;
import org.sparsegnn.engine.train.TrainingConfig;
import org.sparsegnn.engine.train.TrainingConfigBuilder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of a sweep (graph, run settings, methods × sparsities × seeds, output folder) and what follows from
 * them: the checked plan, each trial's config and the report's titles. Shared by the engine's {@code sweep} and
 * the Spark front end, so both plan and configure every trial the same way.
 */
public final class SweepOptions {
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
    @Option(names = "--out", required = true, paramLabel = "OUT", description = "output folder (the sweep's folder; a rerun trains only the trials not finished there)")
    String out;
    /** The graph the paper preset is adapted to (null: not adapted). */
    private Graph adaptedTo;

    /** Checks every option and every trial's settings before any work; returns the trials in report order. */
    public List<Sweep.Plan> plan() {
        if (seeds < 1) throw new IllegalArgumentException("--seeds must be at least 1, got " + seeds);
        graph.checkChoice();
        checkParams();
        List<Long> seedList = new ArrayList<>();
        for (int i = 0; i < seeds; i++) seedList.add(firstSeed + i);
        List<Sweep.Plan> plans = Sweep.plan(methods, sparsities, seedList);
        // every bad value named before any work
        RunOptions.validate(Sweep.problems(plans, configs()), Map.of("method", "--methods", "sparsity", "--sparsities"));
        return plans;
    }

    /** Whether the trials use the paper preset, which {@link #adaptTo} fits to the graph. */
    public boolean paperPreset() {
        return ConfigPresets.PAPER.equals(run.preset);
    }

    /**
     * From now on every trial's config is the paper preset adapted to {@code g} (as {@code train --preset paper}
     * on it); prints what was adapted per method.
     */
    public synchronized void adaptTo(Graph g, PrintStream out) {
        adaptedTo = g;
        for (String m : methods) {
            run.method = m;
            run.sparsity = sparsities.get(0);
            PresetNotes.print(run.resolveUnchecked(firstSeed, g).adaptations(), dataset() + " (" + m + ")", out);
        }
    }

    /** The trial's config; --param keys go only to the methods that have them (one sweep, several methods). */
    public synchronized TrainingConfig config(Sweep.Plan plan) {
        run.method = plan.method();
        run.sparsity = plan.sparsity();
        TrainingConfigBuilder b = TrainingConfigBuilder.from(adaptedTo == null ? run.unchecked(plan.seed())
                : run.resolveUnchecked(plan.seed(), adaptedTo).config());
        Set<String> known = new HashSet<>();
        SparsityMethods.describe(plan.method()).forEach(p -> known.add(p.key()));
        b.methodParams.keySet().retainAll(known);
        return b.build();
    }

    /** The same, as the engine's {@link Sweep.Configs}. */
    public Sweep.Configs configs() {
        return (m, s, seed) -> config(new Sweep.Plan(m, s, seed));
    }

    public GraphOptions graph() {
        return graph;
    }

    /** The graph's short name (titles, and the dataset recorded with every trial). */
    public String dataset() {
        return graph.name();
    }

    /** The --out location as given (a local path, or for the Spark front end any Hadoop file system URI). */
    public String out() {
        return out;
    }

    public Path outPath() {
        return Path.of(out);
    }

    public SweepReport report() {
        TrainingConfig first = run.unchecked(firstSeed);
        return new SweepReport(dataset(), first.model().id(), first.task().id(), seeds,
                epochChartSparsity != null ? epochChartSparsity : closest(sparsities, 0.906));
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
