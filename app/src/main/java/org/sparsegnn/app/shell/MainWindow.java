package org.sparsegnn.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
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
import org.sparsegnn.app.theme.Theme;
import org.sparsegnn.engine.errors.ErrorMessages;

/**
 * The workbench window: lays out the {@link ControlBar}, the settings pane (the {@link DatasetPane}, presets and
 * the settings sheet), the tabbed live views and the {@link NarrationPane}; owns the error banner, status line,
 * shortcuts, appearance and export.
 */
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
        SplitPane center = new SplitPane(tabs, new NarrationPane(wb).node());
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.78);
        root.setTop(new VBox(new ControlBar(wb, stage, this::exportCurrentInteractive,
                () -> tabs.getSelectionModel().select(AppOptions.VIEW_IDS.indexOf("sparsity-sweep"))).node(), errorBanner()));
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
        Label setTitle = new Label("Model and method");
        setTitle.getStyleClass().add("section-title");
        presetNote.setId("preset-note");
        presetNote.getStyleClass().add("muted");
        presetNote.setWrapText(true);
        presetNote.setMinHeight(Region.USE_PREF_SIZE);
        presetNote.managedProperty().bind(presetNote.textProperty().isNotEmpty());
        Button paper = Controls.button("Paper settings", "preset-paper", "The paper's settings for this model and method, "
                + "adapted to the loaded graph where its literal values would not train it (each change is listed below)",
                () -> showPreset(wb.settings::applyPaperPreset));
        Button literal = Controls.button("Paper, literal", "preset-paper-literal", "The paper's settings exactly as it "
                + "states them, even where they give a small graph too few optimizer steps",
                () -> showPreset(wb.settings::applyPaperLiteralPreset));
        Button tiny = Controls.button("Tiny graph", "preset-tiny", "A tiny graph where every weight is visible; step through "
                + "each drop-and-grow update", this::tinyPreset);
        SettingsView sv = new SettingsView(wb.settings);
        VBox box = new VBox(8, new DatasetPane(wb, stage).node(), new Separator(), setTitle,
                new FlowPane(6, 4, paper, literal, tiny), presetNote, sv.node());
        box.getStyleClass().add("settings-pane");
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.setId("settings-pane");
        return sp;
    }

    /** Applies a paper preset and shows what it changed (and adapted) under the preset buttons. */
    private void showPreset(Supplier<String> apply) {
        try {
            presetNote.setText(apply.get());
        } catch (RuntimeException e) {
            presetNote.setText("");
            messages.setText("Paper settings: " + ErrorMessages.describe(e));
        }
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
                : String.format(Locale.ROOT, "UI pulse gaps p99 %.0f ms, max %.0f ms", q[0], q[1]);
        return "Space run/pause · → step · Ctrl+R reset · Ctrl+E export · Ctrl+H settings · F11 full screen     "
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

    private void compareFig7() {
        try {
            wb.session.runComparison(wb.settings.fig7Configs());
            messages.setText("");
        } catch (RuntimeException e) {
            messages.setText("Cannot compare: " + ErrorMessages.describe(e));
        }
    }

    /** The tiny-graph preset: every weight visible, each drop-and-grow step can be stepped through. */
    public void tinyPreset() {
        for (DatasetEntry e : wb.dataset.entries()) {
            if (e.label().toLowerCase(Locale.ROOT).contains("tiny")) wb.dataset.selectedProperty().set(e);
        }
        wb.settings.applyTinyPreset();
        wb.session.speedProperty().set(2);
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
            messages.setText("Export failed: " + ErrorMessages.describe(e));
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
            messages.setText("Export failed: " + ErrorMessages.describe(e));
        }
    }

    public ExportableView currentView() {
        return views.get(tabs.getSelectionModel().getSelectedIndex());
    }

    public Scene scene() { return scene; }
    public TabPane tabs() { return tabs; }
    public List<ExportableView> views() { return views; }
    public PulseProbe probe() { return probe; }
    public Stage stage() { return stage; }
}
