package org.sparsegnn.app.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sparsegnn.app.run.ExperimentFolders;
import org.sparsegnn.app.run.RunRecord;
import org.sparsegnn.app.run.RunStore;
import org.sparsegnn.app.task.BackgroundTask;
import org.sparsegnn.app.task.TaskExecutor;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.train.TrainingConfig;

/** The session's runs as table rows; overlay, baseline, save and reopen experiments. */
public final class RunsViewModel {
    private final RunStore store;
    private final TaskExecutor executor;
    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private long lastRefresh;
    private final Function<String, TrainingConfig> configs;

    public RunsViewModel(RunStore store, TaskExecutor executor,
                         Function<String, TrainingConfig> configs) {
        this.store = store;
        this.executor = executor;
        this.configs = configs;
        store.addListener(b -> {
            boolean now = b.structureChanged();
            boolean epochs = false;
            for (TrainingEvent e : b.events()) {
                now |= e instanceof RunFinished || e instanceof RunFailed;
                epochs |= e instanceof EpochCompleted;
            }
            // epoch progress refreshes the table at most once a second; starts and ends at once
            if (now || (epochs && System.nanoTime() - lastRefresh > 1_000_000_000L)) refresh();
        });
    }

    private void refresh() {
        lastRefresh = System.nanoTime();
        List<RunRow> out = new ArrayList<>();
        for (RunRecord r : store.all()) out.add(row(r));
        boolean sameRuns = out.size() == rows.size();
        for (int i = 0; sameRuns && i < out.size(); i++) sameRuns = out.get(i).runId().equals(rows.get(i).runId());
        if (!sameRuns) {
            rows.setAll(out);
            return;
        }
        // replace only the rows that changed: the table then updates those cells instead of rebuilding them all
        for (int i = 0; i < out.size(); i++) if (!out.get(i).equals(rows.get(i))) rows.set(i, out.get(i));
    }

    static RunRow row(RunRecord r) {
        double best = Double.NaN, test = Double.NaN, flops = Double.NaN, secs = Double.NaN;
        double auc = Double.NaN, ap = Double.NaN;
        EpochCompleted b = r.bestEpoch();
        if (b != null) {
            best = b.valAccuracy();
            test = b.testAccuracy();
            auc = b.extra().getOrDefault("test_auc", Double.NaN);
            ap = b.extra().getOrDefault("test_ap", Double.NaN);
        }
        RunFinished f = r.finished();
        if (f != null) {
            best = f.metrics().getOrDefault("val_accuracy", best);
            test = f.metrics().getOrDefault("test_accuracy", test);
            auc = f.metrics().getOrDefault("test_auc", auc);
            ap = f.metrics().getOrDefault("test_ap", ap);
            flops = f.metrics().getOrDefault("flops_ratio", Double.NaN);
            secs = f.wallSeconds();
        }
        double sparsity;
        try {
            sparsity = Double.parseDouble(r.setting("sparsity"));
        } catch (NumberFormatException e) {
            sparsity = Double.NaN;
        }
        return new RunRow(r.runId(), r.setting("dataset"), r.setting("task"), r.setting("model"), r.setting("method"),
                sparsity, r.setting("seed"), best, test, auc, ap, flops, secs, r.status().name().toLowerCase(), false, false);
    }

    public boolean isOverlaid(String runId) {
        return store.isOverlaid(runId);
    }

    public void setOverlaid(String runId, boolean on) {
        store.setOverlaid(runId, on);
    }

    public void pinBaseline(String runId) {
        store.setBaseline(runId.equals(store.baseline()) ? null : runId);
    }

    public String baseline() {
        return store.baseline();
    }

    /** Shows this run in the heatmap, narration and FLOPs views. */
    public void follow(String runId) {
        store.setCurrent(runId);
    }

    /** Saves every run as a folder (config.json, events.jsonl, masks.npz) inside {@code file}. */
    public void save(Path file) {
        List<RunRecord> runs = List.copyOf(store.all());
        executor.execute(BackgroundTask.wrap(p -> {
            ExperimentFolders.save(file, runs, configs);
            return runs.size();
        }).onSuccess(n -> message.set("Saved " + n + " run(s) to " + file + "."))
                .onFailure(e -> message.set("Could not save: " + ErrorMessages.describe(e))));
    }

    public void open(Path file) {
        executor.execute(BackgroundTask.wrap(p -> ExperimentFolders.load(file))
                .onSuccess(runs -> {
                    for (List<TrainingEvent> log : runs) {
                        if (!log.isEmpty() && store.get(log.get(0).runId()) != null) store.remove(log.get(0).runId());
                        store.addReplayed(log);
                    }
                    message.set("Opened " + runs.size() + " run(s) from " + file.getFileName() + " (replayed, no retraining).");
                })
                .onFailure(e -> message.set("Could not open: " + ErrorMessages.describe(e))));
    }

    public ObservableList<RunRow> rows() { return rows; }
    public StringProperty messageProperty() { return message; }

    public List<String[]> csvRows() {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"run", "dataset", "task", "model", "method", "sparsity", "seed", "best_val_accuracy",
            "test_accuracy", "test_auc", "test_ap", "flops_ratio", "seconds", "status"});
        for (RunRow r : rows) {
            out.add(new String[] {r.runId(), r.dataset(), r.task(), r.model(), r.method(), String.valueOf(r.sparsity()),
                r.seed(), String.valueOf(r.bestVal()), String.valueOf(r.test()), String.valueOf(r.testAuc()),
                String.valueOf(r.testAp()), String.valueOf(r.flopsRatio()),
                String.valueOf(r.seconds()), r.status()});
        }
        return out;
    }
}
