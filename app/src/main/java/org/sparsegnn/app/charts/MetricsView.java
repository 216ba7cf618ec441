package org.sparsegnn.app.charts;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeriesCollection;
import org.sparsegnn.app.export.ChartExport;
import org.sparsegnn.app.export.ExportableView;
import org.sparsegnn.app.theme.Appearance;
import org.sparsegnn.app.theme.ChartStyler;
import org.sparsegnn.app.theme.SeriesStyle;

/** Accuracy (top) and loss (bottom) vs epoch, with show/hide of splits and a smoothing slider. */
public final class MetricsView implements ExportableView {
    private final MetricsViewModel vm;
    private final Appearance appearance;
    private final JFreeChart accuracyChart;
    private final JFreeChart lossChart;
    private final VBox root;
    private final LazyChartRefresh redraw;
    private final Map<XYPlot, EpochOverlayAnnotation> overlays = new IdentityHashMap<>();

    public MetricsView(MetricsViewModel vm, Appearance appearance, Runnable compareFig7) {
        this.vm = vm;
        this.appearance = appearance;
        accuracyChart = ChartFactoryFx.lineChart("Accuracy vs epoch", "epoch", "accuracy", vm.accuracy(),
                "Press Run: accuracy per epoch appears here.");
        ((NumberAxis) accuracyChart.getXYPlot().getRangeAxis()).setRange(0, 1);
        ((NumberAxis) accuracyChart.getXYPlot().getRangeAxis()).setAutoRange(false);
        lossChart = ChartFactoryFx.lineChart("Training loss vs epoch", "epoch", "loss", vm.loss(),
                "Press Run: training loss per epoch appears here.");
        for (JFreeChart c : List.of(accuracyChart, lossChart)) {
            ((NumberAxis) c.getXYPlot().getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            // added once, before any copy is drawn: later changes swap the overlay's content, not the list
            EpochOverlayAnnotation overlay = new EpochOverlayAnnotation();
            c.getXYPlot().getRenderer().addAnnotation(overlay, Layer.BACKGROUND);
            overlays.put(c.getXYPlot(), overlay);
        }
        ChartImageView acc = ChartFactoryFx.viewer(accuracyChart);
        ChartImageView loss = ChartFactoryFx.viewer(lossChart);
        AdaptiveSplit charts = new AdaptiveSplit(acc, loss);
        charts.setId("metrics-charts");
        VBox.setVgrow(charts, Priority.ALWAYS);

        CheckBox train = new CheckBox("train (dotted)");
        train.selectedProperty().bindBidirectional(vm.showTrainProperty());
        CheckBox val = new CheckBox("validation (dashed)");
        val.selectedProperty().bindBidirectional(vm.showValProperty());
        CheckBox test = new CheckBox("test (solid)");
        test.selectedProperty().bindBidirectional(vm.showTestProperty());
        Slider smooth = new Slider(0, 0.95, 0);
        smooth.setPrefWidth(140);
        smooth.valueProperty().bindBidirectional(vm.smoothingProperty());
        Label hint = new Label("Shaded bands = phases, thin lines (or ticks on the x axis, when dense) = mask updates. One colour per run; pin a baseline in Runs.");
        hint.getStyleClass().add("muted");
        Button fig7 = new Button("Compare SLR vs RigL (paper Fig. 7)");
        fig7.setId("compare-fig7");
        fig7.setTooltip(new Tooltip("Train SLR, then RigL, with the current settings on the same "
                + "graph; SLR is pinned as the baseline"));
        fig7.setOnAction(e -> compareFig7.run());
        smooth.setMinWidth(Region.USE_PREF_SIZE);
        // a flow, so that at 150-200 % zoom the controls wrap onto a second line instead of shrinking to "…"
        HBox shows = new HBox(12, new Label("Show:"), train, val, test);
        HBox smoothing = new HBox(6, new Label("Smoothing:"), smooth);
        for (HBox h : List.of(shows, smoothing)) {
            h.setAlignment(Pos.CENTER_LEFT);
            h.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        }
        fig7.setMinWidth(Region.USE_PREF_SIZE);
        // at 150-200 % zoom the explanation moves into a tooltip: its two lines would take the charts' room
        Label legendInfo = new Label("(?) Bands and lines");
        legendInfo.setTooltip(new Tooltip(hint.getText()));
        legendInfo.getStyleClass().add("muted");
        legendInfo.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(16, 4, shows, smoothing, fig7, legendInfo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 0, 8));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // the charts below grow; the hint keeps all its lines
        root = new VBox(4, bar, hint, charts);
        appearance.onChange(() -> {
            boolean large = appearance.zoom() >= 1.5;
            hint.setManaged(!large);
            hint.setVisible(!large);
            legendInfo.setManaged(large);
            legendInfo.setVisible(large);
        });
        VBox.setMargin(hint, new Insets(0, 8, 0, 8));
        root.setId("metrics-view");

        redraw = new LazyChartRefresh(root, List.of(accuracyChart, lossChart), this::refresh);
        vm.revisionProperty().addListener((o, a, v) -> redraw.request());
        appearance.onChange(redraw::request);
    }

    @Override
    public void shown() {
        redraw.catchUp();
    }

    /** Runs with chart notifications paused (LazyChartRefresh). */
    private void refresh() {
        vm.pending().flush();
        boolean auc = false;
        for (int i = 0; i < vm.accuracy().getSeriesCount(); i++) {
            auc |= vm.styleOf(vm.accuracy().getSeriesKey(i)).kind() == SeriesStyle.Kind.AUC;
        }
        accuracyChart.setTitle(auc ? "Accuracy and ROC-AUC vs epoch" : "Accuracy vs epoch");
        accuracyChart.getXYPlot().getRangeAxis().setLabel(auc ? "accuracy · ROC-AUC (dash-dot)" : "accuracy");
        for (JFreeChart c : List.of(accuracyChart, lossChart)) {
            ChartStyler.apply(c, appearance.theme(), appearance.zoom());
            styleSeries(c.getXYPlot());
            markers(c.getXYPlot());
        }
    }

    private void styleSeries(XYPlot plot) {
        XYSeriesCollection data = (XYSeriesCollection) plot.getDataset();
        XYItemRenderer r = plot.getRenderer();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            SeriesStyle s = vm.styleOf(data.getSeriesKey(i));
            if (s == null) continue;
            r.setSeriesPaint(i, appearance.theme().series(s.runIndex()));
            r.setSeriesStroke(i, ChartStyler.stroke(s, appearance.zoom()));
        }
    }

    private void markers(XYPlot plot) {
        List<Color> paints = new ArrayList<>();
        for (int i = 0; i < Math.max(1, vm.bands().size()); i++) paints.add(appearance.theme().band(i));
        overlays.get(plot).show(new EpochOverlayAnnotation.Overlay(vm.bands(), paints, appearance.theme().chartForeground,
                new Font(Font.SANS_SERIF, Font.ITALIC, (int) (12 * appearance.zoom())),
                vm.updateEpochs().stream().mapToInt(Integer::intValue).toArray(), appearance.theme().updateMark()));
    }

    @Override public String id() { return "accuracy-loss"; }
    @Override public String title() { return "Accuracy & loss"; }
    @Override public Node node() { return root; }

    @Override
    public void exportPng(Path file) throws IOException {
        redraw.catchUp();
        ChartExport.png(file, List.of(accuracyChart, lossChart));
    }

    @Override
    public void exportSvg(Path file) throws IOException {
        redraw.catchUp();
        ChartExport.svg(file, List.of(accuracyChart, lossChart));
    }

    @Override
    public List<String[]> csvRows() {
        return vm.csvRows();
    }

}
