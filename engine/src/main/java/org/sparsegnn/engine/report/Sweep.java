package org.sparsegnn.engine.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.TrainingListener;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.sparsity.SparsityMethods;
import org.sparsegnn.engine.train.SettingProblem;
import org.sparsegnn.engine.train.SettingsValidator;
import org.sparsegnn.engine.train.Tasks;
import org.sparsegnn.engine.train.Trainer;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * Runs methods × sparsities × seeds on one graph, one Trainer per run, and hands back every run's metrics and
 * accuracy curve. The dense baseline (method "dense") runs once per seed at sparsity 0. Used by the CLI's
 * {@code sweep} and by the app.
 */
public final class Sweep {
    /** Builds the config of one run (defaults, preset and the user's options applied). */
    @FunctionalInterface
    public interface Configs {
        TrainingConfig config(String method, double sparsity, long seed);
    }

    /** One planned run. */
    public record Plan(String method, double sparsity, long seed) {
        /** The trial's folder name, e.g. {@code rigl_s0.9_seed0}. */
        public String id() {
            return method + "_s" + java.math.BigDecimal.valueOf(sparsity).stripTrailingZeros().toPlainString() + "_seed" + seed;
        }

        /** The plan a trial folder name stands for ({@link #id()} read back), or null for another name. */
        public static Plan fromId(String id) {
            Matcher m = Pattern.compile("(.+)_s([0-9.]+)_seed(-?[0-9]+)").matcher(id);
            return m.matches() ? new Plan(m.group(1), Double.parseDouble(m.group(2)), Long.parseLong(m.group(3))) : null;
        }

        /** For messages: "rigl at sparsity 0.9, seed 0". */
        public String describe() {
            return method + " at sparsity " + sparsity + ", seed " + seed;
        }
    }

    private Sweep() {
    }

    public static List<Plan> plan(List<String> methods, List<Double> sparsities, List<Long> seeds) {
        List<Plan> out = new ArrayList<>();
        for (String m : methods) {
            for (double s : m.equals("dense") ? List.of(0.0) : sparsities) {
                for (long seed : seeds) out.add(new Plan(m, s, seed));
            }
        }
        return out;
    }

    /** Every distinct problem of the planned runs' settings, before any of them trains; empty when all can run. */
    public static List<SettingProblem> problems(List<Plan> plans, Configs configs) {
        Set<SettingProblem> out = new LinkedHashSet<>();
        for (Plan p : plans) out.addAll(SettingsValidator.problems(configs.config(p.method(), p.sparsity(), p.seed())));
        return List.copyOf(out);
    }

    /** Epochs a plan will take in total (for progress bars). */
    public static long totalEpochs(List<Plan> plans, Configs configs) {
        long total = 0;
        for (Plan p : plans) {
            TrainingConfig c = configs.config(p.method(), p.sparsity(), p.seed());
            total += SparsityMethods.create(c.methodSpec()).totalEpochs(c.epochs());
        }
        return total;
    }

    /**
     * Runs every plan in order; {@code onRun} sees each finished run (e.g. to append a CSV row), {@code listener}
     * every event (progress). A run that diverged is kept as such ({@link SweepRun#diverged()}) and the sweep goes
     * on; any other failure stops the sweep with its one-line message.
     */
    public static List<SweepRun> run(Graph graph, List<Plan> plans, Configs configs, Consumer<SweepRun> onRun,
                                     TrainingListener listener) {
        List<SweepRun> runs = new ArrayList<>();
        for (Plan p : plans) {
            TrainingConfig cfg = configs.config(p.method(), p.sparsity(), p.seed());
            List<SweepRun.EpochPoint> curve = new ArrayList<>();
            long started = System.nanoTime();
            TrainingEvent end = train(graph, cfg, curve, listener);
            SweepRun run = result(p, end, curve, (System.nanoTime() - started) / 1e9);
            if (run == null) throw new IllegalStateException(p.describe() + ": " + ((RunFailed) end).message());
            runs.add(run);
            onRun.accept(run);
        }
        return runs;
    }

    /**
     * What the sweep keeps of a run's end: the finished run, or a diverged one with only its
     * {@link SweepRun#DIVERGED_EPOCH} (the sweep goes on); null for any other failure.
     */
    static SweepRun result(Plan p, TrainingEvent end, List<SweepRun.EpochPoint> curve, double seconds) {
        if (end instanceof RunFailed f && f.diverged()) {
            return new SweepRun(p.method(), p.sparsity(), p.seed(), Map.of(SweepRun.DIVERGED_EPOCH, (double) f.epoch()), seconds, curve);
        }
        if (end instanceof RunFinished done) {
            return new SweepRun(p.method(), p.sparsity(), p.seed(), done.metrics(), done.wallSeconds(), curve);
        }
        return null;
    }

    /** One run with the sweep's trainer settings; its accuracy per epoch goes into {@code curve}. */
    static TrainingEvent train(Graph graph, TrainingConfig cfg, List<SweepRun.EpochPoint> curve, TrainingListener... listeners) {
        Trainer trainer = new Trainer(cfg, Tasks.create(graph, cfg), SparsityMethods.create(cfg.methodSpec()))
                .weightSnapshots(false)
                .addListener(e -> {
                    if (e instanceof EpochCompleted ec) {
                        curve.add(new SweepRun.EpochPoint(ec.epoch(), ec.phase(), ec.trainAccuracy(),
                                ec.valAccuracy(), ec.testAccuracy(),
                                ec.extra().getOrDefault("hard_pruned_test_accuracy", Double.NaN)));
                    }
                });
        for (TrainingListener l : listeners) trainer.addListener(l);
        return trainer.run();
    }
}
