package org.sparsegnn.app.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.sparsegnn.app.task.BackgroundTask;
import org.sparsegnn.app.task.TaskExecutor;
import org.sparsegnn.engine.report.Sweep;
import org.sparsegnn.engine.report.SweepFolder;
import org.sparsegnn.engine.report.SweepRun;
import org.sparsegnn.engine.report.SweepTable;

/**
 * Sweep folders made anywhere (the engine's {@code sweep}, the Spark front end on a cluster) opened beside the
 * session's own sweep: their mean test accuracy per method and sparsity joins the chart as extra series, their
 * trials are listed, and any trial opens as a run (its folder is a saved run: curves, masks, FLOPs).
 */
public final class OpenedSweeps {
    private final TaskExecutor executor;
    private final XYSeriesCollection chart;
    private final Runnable changed;
    private final Consumer<Path> openRun;
    private final ObservableList<TrialRow> trials = FXCollections.observableArrayList();
    private final Map<String, List<XYSeries>> seriesBySweep = new LinkedHashMap<>();
    private final StringProperty status = new SimpleStringProperty("");

    /**
     * @param chart   the sweep chart's data (the session's series stay untouched)
     * @param changed called after the series changed (restyle, redraw)
     * @param openRun opens a saved run folder in the session (the runs view's open)
     */
    public OpenedSweeps(TaskExecutor executor, XYSeriesCollection chart, Runnable changed, Consumer<Path> openRun) {
        this.executor = executor;
        this.chart = chart;
        this.changed = changed;
        this.openRun = openRun;
    }

    /** Reads a sweep folder in the background and overlays it (again, if it was open already). */
    public void open(Path folder) {
        String name = folder.toAbsolutePath().normalize().getFileName().toString();
        status.set("Reading " + folder + "…");
        executor.execute(BackgroundTask.wrap(p -> new SweepFolder(folder).trials())
                .onSuccess(found -> show(name, found))
                .onFailure(e -> status.set("Could not open the sweep folder: " + e.getMessage())));
    }

    private void show(String name, List<SweepFolder.Trial> found) {
        close(name);
        List<SweepRun> runs = new ArrayList<>();
        int failed = 0;
        for (SweepFolder.Trial t : found) {
            Sweep.Plan plan = t.finished() ? new Sweep.Plan(t.run().method(), t.run().sparsity(), t.run().seed()) : Sweep.Plan.fromId(t.id());
            String st;
            if (t.finished()) {
                runs.add(t.run());
                st = "finished";
            } else if (t.failure() != null) {
                failed++;
                st = "failed (" + t.failure().attempts().size() + " attempt(s)): " + t.failure().message();
            } else {
                st = "not finished";
            }
            trials.add(new TrialRow(name, t.id(), plan == null ? "?" : plan.method(), plan == null ? Double.NaN : plan.sparsity(),
                    plan == null ? -1 : plan.seed(), t.finished() ? t.run().metric("test_accuracy") : Double.NaN,
                    t.finished() ? t.run().metric("flops_ratio") : Double.NaN, st, t.dir()));
        }
        List<XYSeries> added = new ArrayList<>();
        Map<String, XYSeries> byMethod = new LinkedHashMap<>();
        for (SweepTable.Cell c : SweepTable.aggregate(runs, "test_accuracy")) {
            XYSeries s = byMethod.computeIfAbsent(c.method(), m -> new XYSeries(seriesKey(m, name), true, false));
            if (!Double.isNaN(c.mean())) s.add(c.sparsity(), c.mean());
        }
        for (XYSeries s : byMethod.values()) {
            chart.addSeries(s);
            added.add(s);
        }
        seriesBySweep.put(name, added);
        status.set(String.format(Locale.ROOT, "Opened %s: %d trials, %d finished, %d failed; dashed lines are its mean "
                + "over seeds. Double-click a trial (or select it and press Open trial as run) to see its curves, masks and FLOPs.",
                name, found.size(), runs.size(), failed));
        changed.run();
    }

    /** Opens a trial's folder as a run of the session. */
    public void openTrial(TrialRow row) {
        if (row == null) {
            status.set("Select a trial first.");
            return;
        }
        openRun.accept(row.dir());
        status.set("Opened trial " + row.trial() + " of " + row.sweep() + " as a run: its curves are in Accuracy / loss, "
                + "its masks in the heatmap, its FLOPs in the FLOPs view.");
    }

    /** Removes every opened sweep from the chart and the list. */
    public void closeAll() {
        for (String name : List.copyOf(seriesBySweep.keySet())) close(name);
        status.set("");
        changed.run();
    }

    private void close(String name) {
        List<XYSeries> old = seriesBySweep.remove(name);
        if (old != null) old.forEach(chart::removeSeries);
        trials.removeIf(t -> t.sweep().equals(name));
    }

    /** Whether a chart series belongs to an opened folder (drawn dashed). */
    public boolean isOpened(Comparable<?> seriesKey) {
        return seriesBySweep.values().stream().flatMap(List::stream).anyMatch(s -> s.getKey().equals(seriesKey));
    }

    static String seriesKey(String method, String sweep) {
        return method + " (" + sweep + ")";
    }

    public ObservableList<TrialRow> trials() { return trials; }
    public StringProperty statusProperty() { return status; }

    public List<String[]> csvRows() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"sweep", "trial", "method", "sparsity", "seed", "test_accuracy", "flops_ratio", "status"});
        for (TrialRow t : trials) {
            rows.add(new String[] {t.sweep(), t.trial(), t.method(), String.valueOf(t.sparsity()), String.valueOf(t.seed()),
                    String.valueOf(t.testAccuracy()), String.valueOf(t.flopsRatio()), t.status()});
        }
        return rows;
    }
}
