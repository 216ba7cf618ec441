package org.sparsegnn.app.sweep;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

/** Test accuracy vs sparsity per method, filled in as the background sweep finishes runs. */
public final class SweepView implements ExportableView {
    private final SweepViewModel vm;
    private final Appearance appearance;
    private final JFreeChart chart;
    private final VBox root;

    public SweepView(SweepViewModel vm, Appearance appearance) {
        this.vm = vm;
        this.appearance = appearance;
        chart = ChartFactoryFx.lineChart("Test accuracy vs sparsity", "sparsity (fraction of zero weights)",
                "test accuracy (best validation epoch)", vm.data(), "Start a sweep: one point per finished run.");
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
        root = new VBox(6, bar, st, hint, v);
        root.setPadding(new Insets(6, 8, 0, 8));
        root.setId("sweep-view");
        vm.revisionProperty().addListener((o, a, x) -> restyle());
        appearance.onChange(this::restyle);
    }

    private void restyle() {
        ChartStyler.apply(chart, appearance.theme(), appearance.zoom());
        var r = chart.getXYPlot().getRenderer();
        for (int i = 0; i < vm.data().getSeriesCount(); i++) {
            r.setSeriesPaint(i, appearance.theme().series(i));
            r.setSeriesStroke(i, new BasicStroke((float) (2 * appearance.zoom())));
        }
    }

    @Override public String id() { return "sparsity-sweep"; }
    @Override public String title() { return "Sparsity sweep"; }
    @Override public Node node() { return root; }
    @Override public void exportPng(Path file) throws IOException { ChartExport.png(file, List.of(chart)); }
    @Override public void exportSvg(Path file) throws IOException { ChartExport.svg(file, List.of(chart)); }
    @Override public List<String[]> csvRows() { return vm.csvRows(); }
}
