package org.sparsegnn.app.shell;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.sparsegnn.app.session.SessionViewModel;
import org.sparsegnn.app.theme.Theme;

/** The window's top bar: run controls, speed and progress, appearance (theme, zoom, presenter) and export. */
final class ControlBar {
    private final Workbench wb;
    private final Stage stage;
    private final Runnable exportShown;
    private final Runnable openReproduction;
    private final ComboBox<String> speedBox = new ComboBox<>();

    /**
     * @param exportShown      exports the view on screen (asks where)
     * @param openReproduction shows the sparsity-sweep tab, where a paper figure is reproduced
     */
    ControlBar(Workbench wb, Stage stage, Runnable exportShown, Runnable openReproduction) {
        this.wb = wb;
        this.stage = stage;
        this.exportShown = exportShown;
        this.openReproduction = openReproduction;
    }

    /** The bar: Run, Pause, Step, Stop, Reset, speed and progress; below it appearance and export; then why Run is disabled. */
    Node node() {
        SessionViewModel s = wb.session;
        Button run = Controls.button("Run", "run-button", "Start training (Space)", s::run);
        run.disableProperty().bind(s.canRunBinding().not().and(s.stateProperty().isNotEqualTo(SessionViewModel.State.PAUSED)));
        run.setDefaultButton(true);
        Button pause = Controls.button("Pause", "pause-button", "Pause / resume (Space)", s::toggleRunPause);
        pause.disableProperty().bind(s.stateProperty().isNotEqualTo(SessionViewModel.State.RUNNING)
                .and(s.stateProperty().isNotEqualTo(SessionViewModel.State.PAUSED)));
        pause.textProperty().bind(Bindings.when(s.stateProperty().isEqualTo(SessionViewModel.State.PAUSED))
                .then("Resume").otherwise("Pause"));
        Button step = Controls.button("Step epoch", "step-button", "Train one epoch, then pause (→)", s::stepEpoch);
        step.disableProperty().bind(s.stateProperty().isEqualTo(SessionViewModel.State.STARTING)
                .or(s.canRunBinding().not().and(s.stateProperty().isNotEqualTo(SessionViewModel.State.PAUSED))
                        .and(s.stateProperty().isNotEqualTo(SessionViewModel.State.RUNNING))));
        Button stepUpdate = Controls.button("Step update", "step-update-button",
                "Train until the next drop-and-grow mask update, then pause", s::stepToMaskUpdate);
        stepUpdate.disableProperty().bind(step.disableProperty());
        Button stop = Controls.button("Stop", "stop-button", "Stop the run (results so far are kept)", s::stop);
        stop.disableProperty().bind(pause.disableProperty());
        Button reset = Controls.button("Reset", "reset-button", "Stop and clear all views (Ctrl+R)", s::reset);
        Button reproduce = Controls.button("Reproduce a figure…", "reproduce-open", "Re-run one of the paper's figures "
                + "(Fig. 5, 6, 7, Table II) with several seeds in the background: opens the sparsity sweep, where it is "
                + "started and shown", openReproduction);

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

        for (Button b : List.of(run, pause, step, stepUpdate, stop, reset, reproduce)) b.setMinWidth(Region.USE_PREF_SIZE);
        speed.setMinWidth(Region.USE_PREF_SIZE);
        Label speedLabel = new Label("Speed:");
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        // a flow so that large zoom factors wrap the bar instead of cutting controls off
        FlowPane bar = new FlowPane(8, 4, run, pause, step, stepUpdate, stop,
                reset, reproduce, new Separator(Orientation.VERTICAL), speedLabel, speed, progress, new TextBoundary(progressText));
        bar.getStyleClass().add("control-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(8, appearanceControls(), Controls.spacer(), backend);
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
        Button full = Controls.button("Full screen", "fullscreen", "Full screen (F11)", () -> stage.setFullScreen(!stage.isFullScreen()));
        Button export = Controls.button("Export…", "export-button", "Export the shown view as PNG, SVG and CSV (Ctrl+E)",
                exportShown);
        HBox box = new HBox(6, new Label("Theme:"), theme, new Label("Zoom:"), zoom, presenter, hideSettings, full, export);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().forEach(n -> {
            if (n instanceof Region r) r.setMinWidth(Region.USE_PREF_SIZE);
        });
        return box;
    }
}
