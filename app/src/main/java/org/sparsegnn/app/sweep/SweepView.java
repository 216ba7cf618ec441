package org.sparsegnn.app.sweep;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.sparsegnn.app.charts.ChartFactoryFx;
import org.sparsegnn.app.export.ChartExport;
import org.sparsegnn.app.export.ExportableView;
import org.sparsegnn.app.theme.Appearance;
import org.sparsegnn.app.theme.ChartStyler;

/**
 * Test accuracy vs sparsity per method, filled in as the background sweep finishes runs; sweep folders made
 * anywhere (CLI, Spark cluster) overlay it dashed, and their trials are listed below, each openable as a run.
 */
public final class SweepView implements ExportableView {
    private final SweepViewModel vm;
    private final Appearance appearance;
    private final JFreeChart chart;
    private final VBox root;

    public SweepView(SweepViewModel vm, ReproductionViewModel repro, Appearance appearance) {
        this.vm = vm;
        this.appearance = appearance;
        chart = ChartFactoryFx.lineChart(SweepViewModel.SWEEP_TITLE, "sparsity (fraction of zero weights)",
                "test accuracy", vm.data(), "Start a sweep: one point per finished run.");
        chart.getXYPlot().setRenderer(new XYLineAndShapeRenderer(true, true));
        ((NumberAxis) chart.getXYPlot().getDomainAxis()).setAutoRangeIncludesZero(false);
        TextField methods = new TextField();
        methods.setId("sweep-methods");
        methods.textProperty().bindBidirectional(vm.methodsProperty());
        TextField sparsities = new TextField();
        sparsities.setId("sweep-sparsities");
        sparsities.textProperty().bindBidirectional(vm.sparsitiesProperty());
        Button start = new Button("Start sweep");
        start.setId("sweep-start");
        start.disableProperty().bind(vm.runningProperty());
        start.setOnAction(e -> vm.start());
        Button cancel = new Button("Cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        HBox.setHgrow(methods, Priority.ALWAYS);
        HBox.setHgrow(sparsities, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Methods:"), methods, new Label("Sparsities:"), sparsities, start, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox st = new HBox(8, progress, status);
        st.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Each run uses the model, epochs and seed from the settings pane; the test accuracy is "
                + "taken at the best validation epoch.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        var v = ChartFactoryFx.viewer(chart);
        VBox.setVgrow(v, Priority.ALWAYS);
        root = new VBox(6, bar, st, hint, new ReproductionBar(repro, vm.runningProperty()).node(), v, trialsPane(vm.opened()));
        vm.titleProperty().addListener((o, a, t) -> {
            chart.setTitle(t);
            // a reproduced figure spans the paper's sparsities (Fig. 7 and Table II sit at 0.906 alone): a fixed 0..1
            // axis instead of an auto range around one value
            NumberAxis x = (NumberAxis) chart.getXYPlot().getDomainAxis();
            if (t.equals(SweepViewModel.SWEEP_TITLE)) x.setAutoRange(true);
            else x.setRange(0, 1);
        });
        root.setPadding(new Insets(6, 8, 0, 8));
        root.setId("sweep-view");
        vm.revisionProperty().addListener((o, a, x) -> restyle());
        appearance.onChange(this::restyle);
    }

    /** The opened sweep folders' trials: a table, and the buttons to open a folder or a trial. */
    private VBox trialsPane(OpenedSweeps opened) {
        TableView<TrialRow> table = new TableView<>(opened.trials());
        table.setId("sweep-trials");
        table.getColumns().add(column("Sweep folder", TrialRow::sweep));
        table.getColumns().add(column("Trial", TrialRow::trial));
        table.getColumns().add(column("Method", TrialRow::method));
        table.getColumns().add(column("Sparsity", t -> Double.isNaN(t.sparsity()) ? "–"
                : String.format(Locale.ROOT, "%.1f %%", 100 * t.sparsity())));
        table.getColumns().add(column("Seed", t -> t.seed() < 0 ? "–" : Long.toString(t.seed())));
        table.getColumns().add(column("Test acc", t -> Double.isNaN(t.testAccuracy()) ? "–"
                : String.format(Locale.ROOT, "%.1f %%", 100 * t.testAccuracy())));
        table.getColumns().add(column("FLOPs", t -> Double.isNaN(t.flopsRatio()) ? "–"
                : String.format(Locale.ROOT, "%.3f×", t.flopsRatio())));
        table.getColumns().add(column("Status", TrialRow::status));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(tv -> {
            TableRow<TrialRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) opened.openTrial(row.getItem());
            });
            return row;
        });
        // the chart keeps the height until a folder is open; then the trials take a band below it
        table.setPrefHeight(220);
        table.visibleProperty().bind(Bindings.isNotEmpty(opened.trials()));
        table.managedProperty().bind(table.visibleProperty());
        Button openFolder = new Button("Open sweep folder…");
        openFolder.setId("sweep-open-folder");
        openFolder.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle("Open a sweep folder (the --out of a sweep: it holds trials/)");
            var d = dc.showDialog(table.getScene().getWindow());
            if (d != null) opened.open(d.toPath());
        });
        Button openTrial = new Button("Open trial as run");
        openTrial.setId("sweep-open-trial");
        openTrial.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        openTrial.setOnAction(e -> opened.openTrial(table.getSelectionModel().getSelectedItem()));
        Button close = new Button("Close opened sweeps");
        close.disableProperty().bind(Bindings.isEmpty(opened.trials()));
        close.setOnAction(e -> opened.closeAll());
        Label message = new Label();
        message.setId("sweep-opened-status");
        message.textProperty().bind(opened.statusProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Label about = new Label("A sweep made by `sweep` or on a Spark cluster joins the chart dashed; its trials open as runs.");
        about.getStyleClass().add("muted");
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        about.visibleProperty().bind(Bindings.isEmpty(opened.trials()));
        about.managedProperty().bind(about.visibleProperty());
        FlowPane buttons = new FlowPane(8, 4, openFolder, openTrial, close);
        VBox box = new VBox(6, buttons, about, message, table);
        box.setPadding(new Insets(0, 0, 6, 0));
        return box;
    }

    private static TableColumn<TrialRow, String> column(String title, Function<TrialRow, String> f) {
        TableColumn<TrialRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        return c;
    }

    /** Colours by method (an opened sweep's "rigl" looks like the session's rigl), opened folders dashed. */
    private void restyle() {
        ChartStyler.apply(chart, appearance.theme(), appearance.zoom());
        var r = chart.getXYPlot().getRenderer();
        List<String> methods = new ArrayList<>();
        float w = (float) (2 * appearance.zoom());
        for (int i = 0; i < vm.data().getSeriesCount(); i++) {
            Comparable<?> key = vm.data().getSeriesKey(i);
            boolean opened = vm.opened().isOpened(key);
            String method = opened ? key.toString().substring(0, key.toString().lastIndexOf(" (")) : key.toString();
            if (!methods.contains(method)) methods.add(method);
            r.setSeriesPaint(i, appearance.theme().series(methods.indexOf(method)));
            r.setSeriesStroke(i, opened
                    ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f * w, 3f * w}, 0f)
                    : new BasicStroke(w));
        }
    }

    @Override public String id() { return "sparsity-sweep"; }
    @Override public String title() { return "Sparsity sweep"; }
    @Override public Node node() { return root; }
    @Override public void exportPng(Path file) throws IOException { ChartExport.png(file, List.of(chart)); }
    @Override public void exportSvg(Path file) throws IOException { ChartExport.svg(file, List.of(chart)); }
    @Override public List<String[]> csvRows() { return vm.csvRows(); }
}
