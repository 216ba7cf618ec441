package org.sparsegnn.app.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.sparsegnn.app.session.TrainingService;
import org.sparsegnn.app.task.BackgroundTask;
import org.sparsegnn.app.task.TaskExecutor;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.report.SweepRun;
import org.sparsegnn.engine.report.SweepTable;
import org.sparsegnn.engine.report.Sweep;
import org.sparsegnn.engine.train.SettingProblem;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * Accuracy vs sparsity for chosen methods (the paper's Fig. 5/6), trained one run after another in the
 * background with the current settings; each point appears as soon as its run finishes.
 */
public final class SweepViewModel {
    /** One finished sweep run. */
    public record Point(String method, double sparsity, double testAccuracy, double valAccuracy, double flopsRatio) {
    }

    private final TaskExecutor executor;
    private final TrainingService service;
    private final Supplier<Graph> graph;
    /** The settings pane's configuration for a given method (that method's own hyperparameters). */
    private final Function<String, TrainingConfig> configFor;
    private final StringProperty methods = new SimpleStringProperty("rigl, set");
    private final StringProperty sparsities = new SimpleStringProperty("0.5, 0.8, 0.9, 0.95");
    private final StringProperty status = new SimpleStringProperty("Choose methods and sparsities, then Start sweep.");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final LongProperty revision = new SimpleLongProperty();
    static final String SWEEP_TITLE = "Test accuracy vs sparsity";
    /** The chart's title: the sweep's, or the reproduced figure's panel. */
    private final StringProperty title = new SimpleStringProperty(SWEEP_TITLE);
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final Map<String, XYSeries> byMethod = new LinkedHashMap<>();
    private final List<Point> points = new ArrayList<>();
    private final OpenedSweeps opened;
    private BackgroundTask<Integer> task;

    /** {@code openRun} opens a saved run folder in the session (a trial of an opened sweep folder). */
    public SweepViewModel(TaskExecutor executor, TrainingService service, Supplier<Graph> graph,
                          Function<String, TrainingConfig> configFor, Consumer<Path> openRun) {
        this.executor = executor;
        this.service = service;
        this.graph = graph;
        this.configFor = configFor;
        this.opened = new OpenedSweeps(executor, data, () -> revision.set(revision.get() + 1), openRun);
    }

    /** Sweep folders opened from disk, overlaid on this session's sweep. */
    public OpenedSweeps opened() {
        return opened;
    }

    public void start() {
        if (running.get()) return;
        List<String> ms;
        List<Double> ss;
        try {
            ms = parseList(methods.get()).stream().toList();
            ss = parseList(sparsities.get()).stream().map(Double::parseDouble).toList();
        } catch (RuntimeException e) {
            status.set("Cannot start: " + ErrorMessages.describe(e));
            return;
        }
        Graph g = graph.get();
        if (g == null) {
            status.set("Cannot start: no graph loaded.");
            return;
        }
        // read the settings here, on the UI thread; each method with its own hyperparameters (RigL's t_end would
        // make an SLR run fail with "no parameter 't_end'")
        Map<String, TrainingConfig> bases = new LinkedHashMap<>();
        try {
            for (String m : ms) bases.put(m, configFor.apply(m));
            List<SettingProblem> problems = Sweep.problems(Sweep.plan(ms, ss, List.of(0L)),
                    (m, s, seed) -> bases.get(m).withMethod(m, s));
            if (!problems.isEmpty()) throw new IllegalArgumentException(problems.get(0).sentence());
        } catch (RuntimeException e) {
            status.set("Cannot start: " + ErrorMessages.describe(e));
            return;
        }
        byMethod.values().forEach(data::removeSeries); // opened sweep folders stay overlaid
        byMethod.clear();
        points.clear();
        title.set(SWEEP_TITLE);
        running.set(true);
        int total = ms.size() * ss.size();
        // the first failed run, kept for the final status line ("Sweep done" alone hid it)
        AtomicReference<String> firstFailure = new AtomicReference<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger diverged = new AtomicInteger();
        task = BackgroundTask.wrap(p -> {
            int done = 0;
            for (String m : ms) {
                for (double s : ss) {
                    if (task.isCancelled()) return done;
                    TrainingConfig cfg = bases.get(m).withMethod(m, s);
                    final int index = done;
                    executor.runOnUi(() -> status.set(String.format(Locale.ROOT, "Training %s at %.0f %% sparsity (%d of %d)…",
                            m, 100 * s, index + 1, total)));
                    RunFinished[] result = new RunFinished[1];
                    String[] failure = new String[1];
                    boolean[] divergedRun = new boolean[1];
                    try {
                        service.runToEnd(g, cfg, e -> {
                            if (e instanceof RunFinished f) result[0] = f;
                            if (e instanceof RunFailed f) {
                                failure[0] = f.message();
                                divergedRun[0] = f.diverged();
                            }
                        });
                    } catch (RuntimeException e) { // a configuration the engine refuses: that point only
                        failure[0] = ErrorMessages.describe(e);
                    }
                    done++;
                    final int finished = done;
                    RunFinished f = result[0];
                    String fail = failure[0];
                    if (fail != null) {
                        (divergedRun[0] ? diverged : failures).incrementAndGet();
                        firstFailure.compareAndSet(null, m + " at " + s + ": " + fail);
                    }
                    executor.runOnUi(() -> {
                        if (f != null) addPoint(new Point(m, s, f.metrics().getOrDefault("test_accuracy", Double.NaN),
                                f.metrics().getOrDefault("val_accuracy", Double.NaN), f.metrics().getOrDefault("flops_ratio", Double.NaN)));
                        if (fail != null) status.set(m + " at " + s + (divergedRun[0] ? ": " : " failed: ") + fail);
                        progress.set((double) finished / total);
                    });
                }
            }
            return done;
        });
        task.onSuccess(n -> {
            running.set(false);
            String problems = (diverged.get() == 0 ? "" : ", " + diverged.get() + " diverged")
                    + (failures.get() == 0 ? "" : ", " + failures.get() + " failed");
            status.set(problems.isEmpty() ? String.format(Locale.ROOT, "Sweep done: %d runs.", n)
                    : String.format(Locale.ROOT, "Sweep done: %d runs%s (%s).", n, problems, firstFailure.get()));
        }).onFailure(e -> {
            running.set(false);
            status.set("Sweep failed: " + ErrorMessages.describe(e));
        });
        executor.execute(task);
    }

    public void cancel() {
        if (task != null) task.cancel();
    }

    /**
     * Shows a reproduction's panel instead of the sweep: one line per series, each point the mean test accuracy over
     * the seeds finished so far (sparsity 0: the dense reference). Called on the UI thread.
     */
    public void showReproduction(String chartTitle, List<SweepRun> runs) {
        data.removeAllSeries();
        byMethod.clear();
        points.clear();
        title.set(chartTitle);
        for (SweepTable.Cell c : SweepTable.aggregate(runs, "test_accuracy")) {
            addPoint(new Point(c.method(), c.sparsity(), c.mean(), Double.NaN, Double.NaN));
        }
    }

    void addPoint(Point p) {
        points.add(p);
        XYSeries s = byMethod.computeIfAbsent(p.method(), m -> {
            XYSeries n = new XYSeries(m, true, false);
            data.addSeries(n);
            return n;
        });
        s.add(p.sparsity(), p.testAccuracy());
        revision.set(revision.get() + 1);
    }

    private static List<String> parseList(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(",")) if (!part.isBlank()) out.add(part.trim());
        if (out.isEmpty()) throw new IllegalArgumentException("the list is empty");
        return out;
    }

    public StringProperty methodsProperty() { return methods; }
    public StringProperty sparsitiesProperty() { return sparsities; }
    public StringProperty statusProperty() { return status; }
    public DoubleProperty progressProperty() { return progress; }
    public BooleanProperty runningProperty() { return running; }
    public LongProperty revisionProperty() { return revision; }
    public StringProperty titleProperty() { return title; }
    public XYSeriesCollection data() { return data; }
    public List<Point> points() { return List.copyOf(points); }

    public List<String[]> csvRows() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"method", "sparsity", "test_accuracy", "val_accuracy", "flops_ratio"});
        for (Point p : points) {
            rows.add(new String[] {p.method(), String.valueOf(p.sparsity()), String.valueOf(p.testAccuracy()),
                    String.valueOf(p.valAccuracy()), String.valueOf(p.flopsRatio())});
        }
        if (!opened.trials().isEmpty()) rows.addAll(opened.csvRows());
        return rows;
    }
}
