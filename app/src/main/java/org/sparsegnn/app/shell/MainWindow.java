package org.sparsegnn.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.sparsegnn.app.charts.MetricsView;
import org.sparsegnn.app.dataset.DatasetEntry;
import org.sparsegnn.app.export.CsvWriter;
import org.sparsegnn.app.export.ExportableView;
import org.sparsegnn.app.heatmap.HeatmapView;
import org.sparsegnn.app.session.SessionViewModel;
import org.sparsegnn.app.settings.SettingsView;
import org.sparsegnn.app.settings.SettingsViewModel;
import org.sparsegnn.app.theme.Theme;
import org.sparsegnn.engine.embed.EmbeddingConfig;

/** The workbench window: control bar, settings pane, tabbed live views, narration. */
public final class MainWindow {
    private final Workbench wb;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final List<ExportableView> views = new ArrayList<>();
    private final ScrollPane settingsPane;
    private final PulseProbe probe = new PulseProbe();
    private final Label messages = new Label();
    private final Scene scene;
    private final ComboBox<String> speedBox = new ComboBox<>();
    /** What the last preset changed, under the preset buttons. */
    private final Label presetNote = new Label();

    public MainWindow(Workbench wb, Stage stage, List<ExportableView> extraViews) {
        this.wb = wb;
        this.stage = stage;
        views.add(new MetricsView(wb.metrics, wb.appearance, this::compareFig7));
        views.add(new HeatmapView(wb.heatmap, wb.appearance));
        views.addAll(extraViews);
        for (ExportableView v : views) {
            Tab t = new Tab(v.title(), v.node());
            t.setClosable(false);
            t.setId("tab-" + v.id());
            tabs.getTabs().add(t);
        }
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, v) -> {
            if (a.intValue() >= 0 && a.intValue() != v.intValue()) views.get(a.intValue()).hidden();
            if (v.intValue() >= 0) Platform.runLater(() -> views.get(v.intValue()).shown());
        });
        settingsPane = settingsPane();
        SplitPane center = new SplitPane(tabs, narrationPane());
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.78);
        root.setTop(new VBox(controlBar(), errorBanner()));
        root.setLeft(settingsPane);
        root.setCenter(center);
        root.setBottom(statusLine());
        var screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("/workbench.css").toExternalForm());
        wb.appearance.onChange(this::applyAppearance);
        wb.appearance.presenterProperty().addListener((o, a, v) -> applyAppearance());
        wb.appearance.settingsHiddenProperty().addListener((o, a, v) -> applyAppearance());
        installShortcuts();
        sizeSettingsPane();
        scene.widthProperty().addListener((o, a, v) -> sizeSettingsPane());
        stage.setScene(scene);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> currentView().shown()));
        stage.setTitle("Sparse GNN Workbench");
        wb.session.stateProperty().addListener((o, a, v) -> {
            if (v == SessionViewModel.State.RUNNING) probe.start();
            else if (v != SessionViewModel.State.PAUSED) probe.stop();
        });
    }

    private Node controlBar() {
        SessionViewModel s = wb.session;
        Button run = button("Run", "run-button", "Start training (Space)", s::run);
        run.disableProperty().bind(s.canRunBinding().not().and(s.stateProperty().isNotEqualTo(SessionViewModel.State.PAUSED)));
        run.setDefaultButton(true);
        Button pause = button("Pause", "pause-button", "Pause / resume (Space)", s::toggleRunPause);
        pause.disableProperty().bind(s.stateProperty().isNotEqualTo(SessionViewModel.State.RUNNING)
                .and(s.stateProperty().isNotEqualTo(SessionViewModel.State.PAUSED)));
        pause.textProperty().bind(Bindings.when(s.stateProperty().isEqualTo(SessionViewModel.State.PAUSED))
                .then("Resume").otherwise("Pause"));
        Button step = button("Step epoch", "step-button", "Train one epoch, then pause (→)", s::stepEpoch);
        step.disableProperty().bind(s.stateProperty().isEqualTo(SessionViewModel.State.STARTING)
                .or(s.canRunBinding().not().and(s.stateProperty().isNotEqualTo(SessionViewModel.State.PAUSED))
                        .and(s.stateProperty().isNotEqualTo(SessionViewModel.State.RUNNING))));
        Button stepUpdate = button("Step update", "step-update-button",
                "Train until the next drop-and-grow mask update, then pause", s::stepToMaskUpdate);
        stepUpdate.disableProperty().bind(step.disableProperty());
        Button stop = button("Stop", "stop-button", "Stop the run (results so far are kept)", s::stop);
        stop.disableProperty().bind(pause.disableProperty());
        Button reset = button("Reset", "reset-button", "Stop and clear all views (Ctrl+R)", s::reset);

        ComboBox<String> speed = speedBox;
        speed.setId("speed");
        speed.getItems().addAll("as fast as possible", "10 epochs/s", "4 epochs/s", "2 epochs/s", "1 epoch/s", "0.5 epochs/s");
        speed.getSelectionModel().select(0);
        speed.valueProperty().addListener((o, a, v) -> s.speedProperty().set(v.startsWith("as") ? 0
                : Double.parseDouble(v.split(" ")[0])));
        speed.setTooltip(new Tooltip("Slow down so an audience can follow"));
        s.speedProperty().addListener((o, a, v) -> {
            double x = v.doubleValue();
            String label = x <= 0 ? "as fast as possible" : x == 1 ? "1 epoch/s"
                    : (x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x)) + " epochs/s";
            if (!speed.getItems().contains(label)) speed.getItems().add(label);
            speed.setValue(label);
        });

        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(s.progressProperty());
        Label progressText = new Label();
        progressText.setId("progress-text");
        progressText.textProperty().bind(s.progressTextProperty());
        Label backend = new Label();
        backend.setId("backend");
        backend.textProperty().bind(s.backendProperty());
        backend.getStyleClass().add("muted");

        Label blocked = new Label();
        blocked.setId("run-blocked");
        blocked.getStyleClass().add("error-message");
        blocked.textProperty().bind(Bindings.when(s.runBlockedReasonProperty().isEmpty()).then("")
                .otherwise(Bindings.concat("Run disabled: ", s.runBlockedReasonProperty())));

        for (Button b : List.of(run, pause, step, stepUpdate, stop, reset)) b.setMinWidth(Region.USE_PREF_SIZE);
        speed.setMinWidth(Region.USE_PREF_SIZE);
        Label speedLabel = new Label("Speed:");
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        // a flow so that large zoom factors wrap the bar instead of cutting controls off
        FlowPane bar = new FlowPane(8, 4, run, pause, step, stepUpdate, stop,
                reset, new Separator(Orientation.VERTICAL), speedLabel, speed, progress, new TextBoundary(progressText));
        bar.getStyleClass().add("control-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(8, appearanceControls(), spacer(), backend);
        second.getStyleClass().add("control-bar");
        second.setAlignment(Pos.CENTER_LEFT);
        second.setPadding(new Insets(0, 8, 4, 8));
        VBox box = new VBox(bar, second, blocked);
        VBox.setMargin(blocked, new Insets(0, 8, 2, 10));
        blocked.managedProperty().bind(blocked.textProperty().isNotEmpty());
        return box;
    }

    private Node appearanceControls() {
        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.setId("theme");
        theme.getItems().addAll(Theme.values());
        theme.valueProperty().bindBidirectional(wb.appearance.themeProperty());
        ComboBox<String> zoom = new ComboBox<>();
        zoom.setId("zoom");
        zoom.getItems().addAll("100 %", "125 %", "150 %", "175 %", "200 %");
        zoom.getSelectionModel().select(0);
        zoom.valueProperty().addListener((o, a, v) -> wb.appearance.zoomProperty().set(Integer.parseInt(v.split(" ")[0]) / 100.0));
        wb.appearance.zoomProperty().addListener((o, a, v) -> zoom.setValue(Math.round(v.doubleValue() * 100) + " %"));
        ToggleButton presenter = new ToggleButton("Presenter");
        presenter.setId("presenter");
        presenter.setTooltip(new Tooltip("Hide the settings pane, larger text, thicker lines"));
        presenter.selectedProperty().bindBidirectional(wb.appearance.presenterProperty());
        ToggleButton hideSettings = new ToggleButton("Hide settings");
        hideSettings.setId("hide-settings");
        hideSettings.setTooltip(new Tooltip("More room for the views; the settings pane comes back when pressed again (Ctrl+H)"));
        hideSettings.selectedProperty().bindBidirectional(wb.appearance.settingsHiddenProperty());
        Button full = button("Full screen", "fullscreen", "Full screen (F11)", () -> stage.setFullScreen(!stage.isFullScreen()));
        Button export = button("Export…", "export-button", "Export the shown view as PNG, SVG and CSV (Ctrl+E)",
                this::exportCurrentInteractive);
        HBox box = new HBox(6, new Label("Theme:"), theme, new Label("Zoom:"), zoom, presenter, hideSettings, full, export);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().forEach(n -> {
            if (n instanceof Region r) r.setMinWidth(Region.USE_PREF_SIZE);
        });
        return box;
    }

    private Node errorBanner() {
        Label l = new Label();
        l.setId("error-banner");
        l.getStyleClass().add("error-message");
        l.setWrapText(true);
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            String a = wb.dataset.errorProperty().get(), b = wb.session.errorProperty().get(), c = messages.getText();
            return String.join("  ", List.of(a, b, c).stream().filter(x -> x != null && !x.isEmpty()).toList());
        }, wb.dataset.errorProperty(), wb.session.errorProperty(), messages.textProperty()));
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        VBox.setMargin(l, new Insets(2, 10, 4, 10));
        return l;
    }

    private ScrollPane settingsPane() {
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
        Button open = button("Open file…", "open-file", "Load a graph file (edge list, MatrixMarket, npz, …)", this::openFile);
        open.setMinWidth(Region.USE_PREF_SIZE);
        Button openDir = button("Folder…", "open-folder", "Load a graph folder (Planetoid ind.* files, TSV folder, LINQS)",
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

        Label setTitle = new Label("Model and method");
        setTitle.getStyleClass().add("section-title");
        presetNote.setId("preset-note");
        presetNote.getStyleClass().add("muted");
        presetNote.setWrapText(true);
        presetNote.setMinHeight(Region.USE_PREF_SIZE);
        presetNote.managedProperty().bind(presetNote.textProperty().isNotEmpty());
        Button paper = button("Paper settings", "preset-paper", "The paper's settings for this model and method",
                () -> {
                    try {
                        presetNote.setText(wb.settings.applyPaperPreset());
                    } catch (RuntimeException e) {
                        presetNote.setText("");
                        messages.setText("Paper settings: " + e.getMessage());
                    }
                });
        Button tiny = button("Tiny graph", "preset-tiny", "A tiny graph where every weight is visible; step through "
                + "each drop-and-grow update", this::tinyPreset);
        SettingsView sv = new SettingsView(wb.settings);
        VBox box = new VBox(8, dsTitle, chooser, new HBox(6, open, openDir), loadProgress, status, summary, new Separator(),
                setTitle, new HBox(6, paper, tiny), presetNote, sv.node());
        HBox.setHgrow(chooser, Priority.ALWAYS);
        box.getStyleClass().add("settings-pane");
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.setId("settings-pane");
        return sp;
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

    private Node narrationPane() {
        Label title = new Label("What just happened");
        title.getStyleClass().add("section-title");
        ListView<String> list = new ListView<>(wb.narration.lines());
        list.setId("narration");
        list.getStyleClass().add("narration-list");
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                // the list's width less its scroll bar, which grows with the zoom (no sideways scrolling)
                prefWidthProperty().bind(list.widthProperty().subtract(Bindings.createDoubleBinding(
                        () -> 12 + 18 * wb.appearance.zoom(), wb.appearance.zoomProperty())));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        list.setPlaceholder(new Label("Events of the run are explained here in plain words as they happen."));
        // after the new cells are laid out, and through the flow: ListView.scrollTo puts the item at the top and,
        // with wrapped lines of different heights, its size estimate left the newest lines below the viewport
        Runnable toEnd = () -> {
            int last = wb.narration.lines().size() - 1;
            if (last < 0) return;
            if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                scrollToEnd(flow, last);
            } else {
                list.scrollTo(last);
            }
        };
        // once right after the change, and once more after the next frames: under heavy load a later layout pass
        // (new wrapped heights) could leave the newest line just below the edge
        PauseTransition again = new PauseTransition(Duration.millis(150));
        again.setOnFinished(e -> toEnd.run());
        wb.narration.lines().addListener((ListChangeListener<String>) c -> Platform.runLater(() -> {
            toEnd.run();
            again.playFromStart();
        }));
        VBox box = new VBox(4, title, list);
        box.setPadding(new Insets(4, 8, 4, 8));
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    /**
     * Brings cell {@code last} into view with its bottom on the list's bottom. The cell is laid out first (a few
     * visible cells, once per event batch), because its wrapped height is only known then.
     */
    private static <T extends IndexedCell> void scrollToEnd(
            VirtualFlow<T> flow, int last) {
        flow.scrollTo(last);
        flow.layout();
        T cell = flow.getVisibleCell(last);
        if (cell != null) flow.scrollToBottom(cell);
    }

    private Node statusLine() {
        Label l = new Label();
        l.setId("status-line");
        l.getStyleClass().addAll("status-line", "muted");
        Timeline t = new Timeline(new KeyFrame(
                Duration.seconds(1), e -> l.setText(statusText())));
        t.setCycleCount(Animation.INDEFINITE);
        t.play();
        return new TextBoundary(l);
    }

    private String statusText() {
        double[] q = probe.percentiles(99, 100);
        String pulses = probe.samples() == 0 ? "UI pulse gaps: measured while training"
                : String.format(Locale.ROOT, "UI pulse gaps while training: p99 %.0f ms, max %.0f ms (%d pulses)",
                q[0], q[1], probe.samples());
        return "Shortcuts: Space run/pause · → step · Ctrl+R reset · Ctrl+E export · Ctrl+H settings · F11 full screen     "
                + pulses;
    }

    private void installShortcuts() {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            if (!typing && e.getCode() == KeyCode.SPACE && !e.isShortcutDown()) {
                wb.session.toggleRunPause();
                e.consume();
            } else if (!typing && e.getCode() == KeyCode.RIGHT && !e.isShortcutDown()) {
                wb.session.stepEpoch();
                e.consume();
            } else if (e.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
                e.consume();
            }
        });
        // a focused button fires on SPACE release: swallow the release too, or Space would also press that button
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE && !(scene.getFocusOwner() instanceof TextInputControl)) e.consume();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), wb.session::reset);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::exportCurrentInteractive);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN),
                () -> wb.appearance.settingsHiddenProperty().set(!wb.appearance.settingsHiddenProperty().get()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), wb.session::run);
    }

    private void applyAppearance() {
        Theme t = wb.appearance.theme();
        List<String> sheets = new ArrayList<>(List.of(t.stylesheet(),
                MainWindow.class.getResource("/workbench.css").toExternalForm()));
        if (wb.appearance.presenterProperty().get()) sheets.add(Theme.presenterStylesheet());
        scene.getStylesheets().setAll(sheets);
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 13 * wb.appearance.zoom()));
        root.setLeft(wb.appearance.settingsPaneHidden() ? null : settingsPane);
        sizeSettingsPane();
    }

    /** Wider with the zoom so labels and values stay readable, but never more than a third of the window. */
    private void sizeSettingsPane() {
        double w = Math.min(385 * wb.appearance.zoom(), Math.max(340, scene.getWidth() / 3));
        settingsPane.setMinWidth(w);
        settingsPane.setPrefWidth(w);
        settingsPane.setMaxWidth(w);
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

    private void compareFig7() {
        try {
            wb.session.runComparison(wb.settings.fig7Configs());
            messages.setText("");
        } catch (RuntimeException e) {
            messages.setText("Cannot compare: " + e.getMessage());
        }
    }

    /** The tiny-graph preset: every weight visible, each drop-and-grow step can be stepped through. */
    public void tinyPreset() {
        for (DatasetEntry e : wb.dataset.entries()) {
            if (e.label().toLowerCase(Locale.ROOT).contains("tiny")) wb.dataset.selectedProperty().set(e);
        }
        wb.settings.applyTinyPreset();
        speedBox.setValue("2 epochs/s");
        tabs.getSelectionModel().select(1);
        presetNote.setText("Tiny graph: 34 nodes, hidden size 4, RigL with a mask update every 5 epochs, 2 epochs/s. "
                + "Press Step update (or →, one epoch) to see one drop-and-grow at a time in the heatmap.");
    }

    private void exportCurrentInteractive() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Export the shown view (PNG, SVG, CSV) into…");
        var dir = dc.showDialog(stage);
        if (dir == null) return;
        try {
            exportView(currentView(), dir.toPath());
            messages.setText("");
        } catch (IOException | RuntimeException e) {
            messages.setText("Export failed: " + e.getMessage());
        }
    }

    /** Writes {@code view} as id.png, id.svg and id.csv into {@code dir}. */
    public static void exportView(ExportableView view, Path dir) throws IOException {
        Files.createDirectories(dir);
        view.exportPng(dir.resolve(view.id() + ".png"));
        view.exportSvg(dir.resolve(view.id() + ".svg"));
        CsvWriter.write(dir.resolve(view.id() + ".csv"), view.csvRows());
    }

    /** Every view as PNG, SVG and CSV into {@code dir}; the outcome is shown in the message line. */
    public void exportAll(Path dir) {
        try {
            for (ExportableView v : views) exportView(v, dir);
            messages.setText("");
            wb.runs.messageProperty().set("Exported " + views.size() + " views (PNG, SVG, CSV) to " + dir + ".");
        } catch (IOException | RuntimeException e) {
            messages.setText("Export failed: " + e.getMessage());
        }
    }

    public ExportableView currentView() {
        return views.get(tabs.getSelectionModel().getSelectedIndex());
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    public Scene scene() { return scene; }
    public TabPane tabs() { return tabs; }
    public List<ExportableView> views() { return views; }
    public PulseProbe probe() { return probe; }
    public Stage stage() { return stage; }
}
