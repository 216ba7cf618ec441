package org.sparsegnn.app.shell;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.sparsegnn.app.dataset.DatasetEntry;
import org.sparsegnn.app.settings.SettingsViewModel;
import org.sparsegnn.engine.embed.EmbeddingConfig;

/**
 * The dataset section of the settings pane: the graph chooser, Open file / Folder, loading progress and status,
 * and the loaded graph's summary (its split described for the chosen task).
 */
final class DatasetPane {
    private final Workbench wb;
    private final Stage stage;

    DatasetPane(Workbench wb, Stage stage) {
        this.wb = wb;
        this.stage = stage;
    }

    Node node() {
        Label dsTitle = new Label("Dataset");
        dsTitle.getStyleClass().add("section-title");
        ComboBox<DatasetEntry> chooser = new ComboBox<>(wb.dataset.entries());
        chooser.setId("dataset-chooser");
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.valueProperty().bindBidirectional(wb.dataset.selectedProperty());
        Tooltip chosen = new Tooltip(); // the whole name where a narrow pane or a large zoom cuts it
        chosen.textProperty().bind(Bindings.createStringBinding(() -> chooser.getValue() == null ? "Choose a graph"
                : chooser.getValue().label(), chooser.valueProperty()));
        chooser.setTooltip(chosen);
        Button open = Controls.button("Open file…", "open-file", "Load a graph file (edge list, MatrixMarket, npz, …)", this::openFile);
        open.setMinWidth(Region.USE_PREF_SIZE);
        Button openDir = Controls.button("Folder…", "open-folder", "Load a graph folder (Planetoid ind.* files, TSV folder, LINQS)",
                this::openFolder);
        openDir.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar loadProgress = new ProgressBar();
        loadProgress.setMaxWidth(Double.MAX_VALUE);
        loadProgress.progressProperty().bind(wb.dataset.progressProperty());
        loadProgress.visibleProperty().bind(wb.dataset.blockedProperty().isNotEmpty().and(wb.dataset.errorProperty().isEmpty()));
        loadProgress.managedProperty().bind(loadProgress.visibleProperty());
        Label status = new Label();
        status.textProperty().bind(wb.dataset.statusProperty());
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        GridPane summary = new GridPane();
        summary.setId("graph-summary");
        summary.getStyleClass().add("summary-grid");
        wb.dataset.summary().addListener((ListChangeListener<String[]>) c -> fillSummary(summary));
        wb.settings.get(SettingsViewModel.TASK).valueProperty()
                .addListener((o, a, v) -> fillSummary(summary));

        return new VBox(8, dsTitle, chooser, new HBox(6, open, openDir), loadProgress, status, summary);
    }

    private void fillSummary(GridPane g) {
        g.getChildren().clear();
        int r = 0;
        boolean link = wb.settings.linkPrediction();
        for (String[] row : wb.dataset.summary()) {
            if (link && row[0].equals("Splits")) {
                // link prediction splits edges, not nodes: say so instead of the (unused) node split
                var e = EmbeddingConfig.none(); // the app keeps the engine's edge split
                row = new String[] {"Splits", String.format(Locale.ROOT, "edges %.0f / %.0f / %.0f %% train · "
                        + "val · test, each with as many sampled non-edges", 100 * (1 - e.valFraction() - e.testFraction()),
                        100 * e.valFraction(), 100 * e.testFraction())};
            }
            Label k = new Label(row[0]);
            k.getStyleClass().add("muted");
            k.setMinWidth(Region.USE_PREF_SIZE); // a long value wraps; the key never shrinks to "…"
            Label v = new Label(row[1]);
            v.setWrapText(true);
            g.addRow(r++, k, v);
        }
    }

    private void openFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open a graph file");
        // what GraphLoader reads by extension; folders (Planetoid, LINQS, TSV) go through "Folder…"
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Graph files (edge list, MatrixMarket, npz, Planetoid, LINQS)",
                        "*.txt", "*.tsv", "*.csv", "*.edges", "*.el", "*.txt.gz", "*.tsv.gz", "*.csv.gz", "*.edges.gz",
                        "*.el.gz", "*.mtx", "*.mtx.gz", "*.npz", "ind.*", "*.content", "*.cites"),
                new FileChooser.ExtensionFilter("All files", "*"));
        var f = fc.showOpenDialog(stage);
        if (f != null) wb.dataset.openFile(f.toPath());
    }

    private void openFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Open a graph folder");
        var f = dc.showDialog(stage);
        if (f != null) wb.dataset.openFile(f.toPath());
    }
}
