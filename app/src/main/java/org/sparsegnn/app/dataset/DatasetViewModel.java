package org.sparsegnn.app.dataset;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sparsegnn.app.task.BackgroundTask;
import org.sparsegnn.app.task.TaskExecutor;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.io.GraphLoader;

/**
 * The dataset chooser and the loaded graph. Loading (and downloading) runs in the background with progress; a
 * bad file leaves the previous graph loaded and shows why in {@link #errorProperty()}.
 */
public final class DatasetViewModel {
    private final TaskExecutor executor;
    private final ObservableList<DatasetEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Graph> graph = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String[]> summary = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    /** "" when a graph is loaded and idle, otherwise why Run must wait. */
    private final StringProperty blocked = new SimpleStringProperty("No graph loaded yet.");
    private BackgroundTask<Graph> loading;

    public DatasetViewModel(TaskExecutor executor, List<DatasetEntry> catalog) {
        this.executor = executor;
        entries.setAll(catalog);
        selected.addListener((o, a, v) -> {
            if (v != null) load(v);
        });
    }

    /** Loads a file or folder chosen with "Open file…" and adds it to the chooser. */
    public void openFile(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        DatasetEntry e = new DatasetEntry("File: " + name, DatasetEntry.Kind.FILE, p -> GraphLoader.load(path));
        entries.add(e);
        selected.set(e);
    }

    public void load(DatasetEntry entry) {
        if (loading != null) loading.cancel();
        error.set("");
        status.set("Loading " + entry.label() + "…");
        progress.set(-1);
        blocked.set("Loading " + entry.label() + "…");
        BackgroundTask<Graph> task = BackgroundTask.wrap(entry.loader());
        loading = task;
        task.onProgress(p -> {
            if (task != loading) return;
            progress.set(p.fraction());
            status.set(p.message());
        }).onSuccess(g -> {
            if (task != loading || task.isCancelled()) return;
            loading = null;
            graph.set(g);
            summary.setAll(GraphSummary.of(g));
            status.set("Loaded " + g.name() + ".");
            progress.set(1);
            blocked.set("");
        }).onFailure(ex -> {
            if (task != loading) return;
            loading = null;
            String msg = ErrorMessages.describe(ex);
            error.set("Could not load " + entry.label() + ": " + msg);
            status.set("");
            progress.set(0);
            blocked.set(graph.get() == null ? "No graph loaded: " + msg : "");
        });
        executor.execute(task);
    }

    public ObservableList<DatasetEntry> entries() { return entries; }
    public ObjectProperty<DatasetEntry> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<Graph> graphProperty() { return graph.getReadOnlyProperty(); }
    public Graph graph() { return graph.get(); }
    public ObservableList<String[]> summary() { return summary; }
    public StringProperty errorProperty() { return error; }
    public StringProperty statusProperty() { return status; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty blockedProperty() { return blocked; }
}
