package org.sparsegnn.app.sweep;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import org.sparsegnn.engine.repro.PaperFigure;

/** "Reproduce a paper figure" in the sweep view: figure, seeds, output folder, start / stop, progress and status. */
final class ReproductionBar {
    private final VBox box;

    /** @param sweepRunning while a sweep runs, a reproduction cannot start (both draw into the same chart) */
    ReproductionBar(ReproductionViewModel repro, ObservableBooleanValue sweepRunning) {
        ChoiceBox<PaperFigure> figure = new ChoiceBox<>();
        figure.setId("reproduce-figure");
        figure.getItems().addAll(PaperFigure.values());
        figure.setConverter(new StringConverter<>() {
            @Override public String toString(PaperFigure f) { return f == null ? "" : f.title(); }
            @Override public PaperFigure fromString(String s) { return null; }
        });
        figure.valueProperty().bindBidirectional(repro.figureProperty());
        Spinner<Integer> seeds = new Spinner<>(3, 10, repro.seedsProperty().get());
        seeds.setId("reproduce-seeds");
        seeds.setPrefWidth(70);
        seeds.valueProperty().addListener((o, a, n) -> repro.seedsProperty().set(n));
        Label folder = new Label();
        folder.getStyleClass().add("muted");
        folder.textProperty().bind(Bindings.createStringBinding(() -> "into " + repro.outDirProperty().get(), repro.outDirProperty()));
        Button choose = new Button("Folder…");
        choose.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle("Where the reproduction writes its report, charts and finished trials");
            var dir = dc.showDialog(choose.getScene().getWindow());
            if (dir != null) repro.outDirProperty().set(dir.toPath());
        });
        Button start = new Button("Reproduce");
        start.setId("reproduce-start");
        start.setTooltip(new Tooltip("Train the figure's trials in the background: the chart above fills as they finish, "
                + "the accuracy view shows the trial in training, and a report with the paper's numbers is written at the end"));
        start.disableProperty().bind(Bindings.createBooleanBinding(() -> repro.runningProperty().get() || sweepRunning.get(),
                repro.runningProperty(), sweepRunning));
        start.setOnAction(e -> repro.start());
        Button stop = new Button("Stop");
        stop.setId("reproduce-stop");
        stop.disableProperty().bind(repro.runningProperty().not());
        stop.setOnAction(e -> repro.cancel());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(repro.progressProperty());
        Label status = new Label();
        status.setId("reproduce-status");
        status.textProperty().bind(repro.statusProperty());
        status.setWrapText(true);
        Label title = new Label("Reproduce a paper figure:");
        for (Region r : new Region[] {title, figure, seeds, choose, start, stop}) r.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane controls = new FlowPane(8, 4, title, figure, new Label("seeds"), seeds, choose, folder, start, stop);
        controls.setAlignment(Pos.CENTER_LEFT);
        HBox state = new HBox(8, progress, status);
        state.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(4, controls, state);
        box.setId("reproduce-bar");
    }

    Node node() {
        return box;
    }
}
