package org.sparsegnn.engine.repro;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.events.TrainingListener;
import org.sparsegnn.engine.nn.Backend;

/**
 * One reproduction from plan to report, as the CLI's {@code reproduce} and the workbench's "Reproduce a figure"
 * both run it: plan the figures' trials (this loads the datasets, whose sizes the settings adapt to), run them
 * against a {@link TrialStore}, write CSV, charts and the Markdown report.
 */
public final class Reproduction {
    private final List<PaperFigure> figures;
    private final List<Long> seeds;
    private final GraphCache graphs;
    private final ReproductionPlan plan;
    private final List<String> notes;
    private volatile ReproductionRunner runner;
    private volatile boolean cancelled;

    private Reproduction(List<PaperFigure> figures, List<Long> seeds, GraphCache graphs, ReproductionPlan plan,
                         List<String> notes) {
        this.figures = List.copyOf(figures);
        this.seeds = List.copyOf(seeds);
        this.graphs = graphs;
        this.plan = plan;
        this.notes = List.copyOf(notes);
    }

    /** The paper's figures with the paper's settings ({@link PaperSettings}); loads the datasets they use. */
    public static Reproduction ofPaper(List<PaperFigure> figures, List<Long> seeds, GraphCache graphs) {
        PaperSettings settings = new PaperSettings(graphs);
        ReproductionPlan plan = ReproductionPlan.of(figures, seeds, settings);
        List<String> notes = new ArrayList<>(settings.adaptationNotes());
        notes.addAll(PaperSettings.fixedNotes());
        return new Reproduction(figures, seeds, graphs, plan, notes);
    }

    /** The figures' trials with other settings (tests, smaller demonstrations), described by {@code notes}. */
    public static Reproduction of(List<PaperFigure> figures, List<Long> seeds, GraphCache graphs,
                                  ReproductionPlan.Configs configs, List<String> notes) {
        return new Reproduction(figures, seeds, graphs, ReproductionPlan.of(figures, seeds, configs), notes);
    }

    public ReproductionPlan plan() {
        return plan;
    }

    public List<PaperFigure> figures() {
        return figures;
    }

    /** The settings in words: every adaptation to a graph, then what differs from the paper anyway. */
    public List<String> settingsNotes() {
        return notes;
    }

    /** Runs every trial not yet in {@code store}; {@code events} sees the events of the trials that train. */
    public Map<String, TrialResult> run(TrialStore store, ReproductionRunner.Progress progress, TrainingListener events) {
        ReproductionRunner r = new ReproductionRunner(store, graphs).events(events);
        runner = r;
        if (cancelled) r.cancel();
        return r.run(plan.trials(), progress);
    }

    /** The results already in {@code store}, training nothing (a report on a run still going, or stopped). */
    public Map<String, TrialResult> stored(TrialStore store) {
        Map<String, TrialResult> out = new LinkedHashMap<>();
        for (Trial t : plan.trials()) store.load(t).ifPresent(r -> out.put(t.key(), r));
        return out;
    }

    /** Stops after the trial in progress. */
    public void cancel() {
        cancelled = true;
        ReproductionRunner r = runner;
        if (r != null) r.cancel();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** CSV, PNG and SVG into {@code outDir}, the Markdown report to {@code reportFile}; returns the report. */
    public Path writeReport(Map<String, TrialResult> results, Path outDir, Path reportFile, String command) throws IOException {
        String machine = Runtime.getRuntime().availableProcessors() + " CPU cores, " + Backend.name() + " backend, Java "
                + System.getProperty("java.version");
        return new ReproductionReport(plan, results, figures, outDir, reportFile)
                .write(new ReproductionReport.Context(command, seeds, notes, machine));
    }
}
