package org.sparsegnn.engine.repro;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.TrainingListener;
import org.sparsegnn.engine.report.SweepRun;
import org.sparsegnn.engine.sparsity.SparsityMethods;
import org.sparsegnn.engine.train.Tasks;
import org.sparsegnn.engine.train.Trainer;

/**
 * Runs a plan's trials one after another on the calling thread: a trial whose result is in the {@link TrialStore}
 * is read, every other one is trained and stored as soon as it ends (so an interrupted reproduction resumes where
 * it stopped). Reports each trial to a {@link Progress} with an estimate of the time left, and every training
 * event to an optional listener (the workbench's live accuracy chart). A failed run stops the reproduction with
 * its one-line message.
 */
public final class ReproductionRunner {
    /** What the runner is doing; called on the runner's thread. */
    public interface Progress {
        /** Before the first trial: how many there are and how many are already stored. */
        default void planned(int total, int stored) {
        }

        default void trialStarted(int index, int total, Trial trial) {
        }

        /** {@code secondsLeft}: estimate for the trials still to train (NaN before any was trained). */
        default void trialFinished(int index, int total, Trial trial, TrialResult result, boolean stored,
                                   double secondsLeft) {
        }
    }

    private final TrialStore store;
    private final GraphCache graphs;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private TrainingListener events = e -> { };

    public ReproductionRunner(TrialStore store, GraphCache graphs) {
        this.store = store;
        this.graphs = graphs;
    }

    /** Receives every event of the trials that train (not of stored ones). */
    public ReproductionRunner events(TrainingListener listener) {
        events = listener;
        return this;
    }

    /** Stops after the current trial; {@link #run} then returns what finished. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Results by trial key, for every trial that finished (all of them unless cancelled). */
    public Map<String, TrialResult> run(List<Trial> trials, Progress progress) {
        Map<String, TrialResult> results = new LinkedHashMap<>();
        List<Trial> toTrain = new ArrayList<>();
        for (Trial t : trials) store.load(t).ifPresentOrElse(r -> results.put(t.key(), r), () -> toTrain.add(t));
        int total = trials.size();
        progress.planned(total, results.size());
        int index = 0;
        for (Trial t : trials) {
            TrialResult stored = results.get(t.key());
            if (stored != null) progress.trialFinished(++index, total, t, stored, true, Double.NaN);
        }
        Eta eta = new Eta(toTrain);
        for (Trial t : toTrain) {
            if (cancelled.get()) break;
            progress.trialStarted(++index, total, t);
            TrialResult r = train(t);
            try {
                store.save(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store trial " + t.describe() + " in " + store.directory(), e);
            }
            results.put(t.key(), r);
            progress.trialFinished(index, total, t, r, false, eta.finished(t, r.wallSeconds()));
        }
        return results;
    }

    private TrialResult train(Trial t) {
        List<SweepRun.EpochPoint> curve = new ArrayList<>();
        TrainingListener collect = e -> {
            if (e instanceof EpochCompleted ec) {
                curve.add(new SweepRun.EpochPoint(ec.epoch(), ec.phase(), ec.trainAccuracy(), ec.valAccuracy(),
                        ec.testAccuracy(), ec.extra().getOrDefault("hard_pruned_test_accuracy", Double.NaN)));
            }
        };
        var graph = graphs.get(t.dataset(), t.graphOnly());
        Trainer trainer = new Trainer(t.config(), Tasks.create(graph, t.config()), SparsityMethods.create(t.config().methodSpec()))
                .weightSnapshots(false).addListener(collect).addListener(events);
        TrainingEvent end = trainer.run();
        if (end instanceof RunFailed f) throw new IllegalStateException(t.describe() + ": " + f.message());
        RunFinished done = (RunFinished) end;
        return new TrialResult(t.key(), t.dataset(), t.graphOnly(), t.config(), done.metrics(), done.wallSeconds(), curve);
    }

    /** Time left: each remaining trial costs the mean of the trained trials of its kind (dataset and method). */
    private static final class Eta {
        private final Map<String, Integer> remaining = new HashMap<>();
        private final Map<String, double[]> seconds = new HashMap<>(); // kind → {sum, count}

        Eta(List<Trial> trials) {
            for (Trial t : trials) remaining.merge(kind(t), 1, Integer::sum);
        }

        private static String kind(Trial t) {
            return t.dataset() + " " + t.config().method();
        }

        double finished(Trial t, double wall) {
            remaining.merge(kind(t), -1, Integer::sum);
            double[] s = seconds.computeIfAbsent(kind(t), k -> new double[2]);
            s[0] += wall;
            s[1]++;
            double allSum = 0, allCount = 0;
            for (double[] v : seconds.values()) {
                allSum += v[0];
                allCount += v[1];
            }
            double overall = allSum / allCount, left = 0;
            for (var e : remaining.entrySet()) {
                double[] k = seconds.get(e.getKey());
                left += e.getValue() * (k == null ? overall : k[0] / k[1]);
            }
            return left;
        }
    }
}
