package org.sparsegnn.app.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sparsegnn.app.task.BackgroundTask;
import org.sparsegnn.app.task.TaskExecutor;
import org.sparsegnn.engine.events.MaskInitialized;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.RunStarted;
import org.sparsegnn.engine.events.TrainingListener;
import org.sparsegnn.engine.events.WeightSnapshot;
import org.sparsegnn.engine.repro.PaperFigure;
import org.sparsegnn.engine.repro.Reproduction;
import org.sparsegnn.engine.repro.ReproductionPlan;
import org.sparsegnn.engine.repro.ReproductionRunner;
import org.sparsegnn.engine.repro.Trial;
import org.sparsegnn.engine.repro.TrialResult;
import org.sparsegnn.engine.repro.TrialStore;

/**
 * "Reproduce a figure": one of the paper's figures (the engine's {@link Reproduction}, the same trials and
 * report as the CLI's {@code reproduce}) run in the background. Every trial that trains is shown live in the
 * accuracy view (its events go to the workbench's event queue; the previous trial leaves the overlay), each
 * finished trial adds its point to the sweep chart (mean over the seeds so far), and the report is written
 * into the output folder at the end. Finished trials are stored there, so running it again resumes.
 */
public final class ReproductionViewModel {
    /** Builds the reproduction of a figure (the paper's: {@link Reproduction#ofPaper}); runs in the background. */
    @FunctionalInterface
    public interface Source {
        Reproduction create(PaperFigure figure, List<Long> seeds) throws Exception;
    }

    /** Takes a trial out of the accuracy view's overlay once the next one starts (called on the UI thread). */
    @FunctionalInterface
    public interface Overlay {
        void hide(String runId);
    }

    private final TaskExecutor executor;
    private volatile Source source;
    private final TrainingListener events;
    private final Overlay overlay;
    private final SweepViewModel sweep;
    private final ObjectProperty<PaperFigure> figure = new SimpleObjectProperty<>(PaperFigure.FIG7);
    private final IntegerProperty seeds = new SimpleIntegerProperty(3);
    private final ObjectProperty<Path> outDir = new SimpleObjectProperty<>(
            Path.of(System.getProperty("user.home"), "sparsegnn-reproduction"));
    private final StringProperty status = new SimpleStringProperty(
            "Reproduce one of the paper's figures with 3 seeds; finished trials are kept, so a second start resumes.");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> report = new SimpleObjectProperty<>();
    private volatile Reproduction current;
    private volatile boolean cancelRequested;

    public ReproductionViewModel(TaskExecutor executor, Source source, TrainingListener events, Overlay overlay,
                                 SweepViewModel sweep) {
        this.executor = executor;
        this.source = source;
        this.events = events;
        this.overlay = overlay;
        this.sweep = sweep;
    }

    /** What the next start reproduces: the paper's settings by default; a smaller set for demonstrations and tests. */
    public void useSource(Source s) {
        source = s;
    }

    public void start() {
        if (running.get()) return;
        if (seeds.get() < 3) {
            status.set("Cannot start: error bars need at least 3 seeds (is " + seeds.get() + ").");
            return;
        }
        PaperFigure f = figure.get();
        List<Long> seedList = new ArrayList<>();
        for (long s = 0; s < seeds.get(); s++) seedList.add(s);
        Path out = outDir.get();
        Source from = source;
        running.set(true);
        cancelRequested = false;
        progress.set(-1);
        report.set(null);
        status.set("Loading the datasets of " + f.title() + "…");
        BackgroundTask<Path> task = BackgroundTask.wrap(p -> {
            Reproduction r = from.create(f, seedList);
            current = r;
            if (cancelRequested) r.cancel();
            Map<String, TrialResult> done = new HashMap<>();
            String[] lastRun = {null};
            TrainingListener live = e -> {
                if (e instanceof MaskUpdated || e instanceof MaskInitialized || e instanceof WeightSnapshot) return;
                if (e instanceof RunStarted s) {
                    String previous = lastRun[0];
                    lastRun[0] = s.runId();
                    if (previous != null) executor.runOnUi(() -> overlay.hide(previous));
                }
                events.onEvent(e);
            };
            Map<String, TrialResult> results = r.run(new TrialStore(out.resolve("trials")), new ReproductionRunner.Progress() {
                @Override
                public void trialStarted(int index, int total, Trial trial) {
                    p.report((index - 1.0) / total, String.format(Locale.ROOT, "Trial %d of %d: %s…", index, total, trial.describe()));
                }

                @Override
                public void trialFinished(int index, int total, Trial trial, TrialResult result, boolean stored, double left) {
                    done.put(trial.key(), result);
                    ReproductionPlan.Panel panel = r.plan().panelOf(trial).orElseThrow();
                    var runs = r.plan().runs(panel, Map.copyOf(done));
                    executor.runOnUi(() -> sweep.showReproduction(f.title() + " (ours): " + panel.title(), runs));
                    p.report((double) index / total, String.format(Locale.ROOT, "%d of %d trials done%s%s", index, total,
                            stored ? " (stored)" : "", Double.isNaN(left) ? "" : String.format(Locale.ROOT,
                                    ", about %.0f min left", Math.ceil(left / 60))));
                }
            }, live);
            if (r.isCancelled()) return null;
            return r.writeReport(results, out, out.resolve("reproduction.md"), "the workbench's Reproduce a figure: "
                    + f.title() + ", " + seedList.size() + " seeds");
        });
        task.onProgress(pr -> {
            progress.set(pr.fraction());
            status.set(pr.message());
        }).onSuccess(path -> {
            running.set(false);
            current = null;
            progress.set(path == null ? progress.get() : 1);
            report.set(path);
            status.set(path == null ? "Stopped; the finished trials are kept in " + out.resolve("trials") + "."
                    : "Done: report, CSV and charts in " + out + " (" + path.getFileName() + ").");
        }).onFailure(e -> {
            running.set(false);
            current = null;
            status.set("Reproduction failed: " + (e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("")));
        });
        executor.execute(task);
    }

    /** Stops after the trial in progress (the finished ones stay stored). */
    public void cancel() {
        if (!running.get()) return;
        cancelRequested = true;
        Reproduction r = current;
        if (r != null) r.cancel();
        status.set("Stopping after the current trial…");
    }

    public ObjectProperty<PaperFigure> figureProperty() { return figure; }
    public IntegerProperty seedsProperty() { return seeds; }
    public ObjectProperty<Path> outDirProperty() { return outDir; }
    public StringProperty statusProperty() { return status; }
    public DoubleProperty progressProperty() { return progress; }
    public BooleanProperty runningProperty() { return running; }
    /** The written report once a reproduction finished (null before, or after a cancelled one). */
    public ObjectProperty<Path> reportProperty() { return report; }
}
