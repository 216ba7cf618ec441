package org.sparsegnn.app.flops;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.sparsegnn.app.charts.AdaptiveSplit;
import org.sparsegnn.app.charts.ChartFactoryFx;
import org.sparsegnn.app.charts.LazyChartRefresh;
import org.sparsegnn.app.export.ChartExport;
import org.sparsegnn.app.export.ExportableView;
import org.sparsegnn.app.theme.Appearance;
import org.sparsegnn.app.theme.ChartStyler;

/** Stacked FLOPs bars per phase and layer (fractions of dense training) and cumulative FLOPs vs epoch. */
public final class FlopsView implements ExportableView {
    private final FlopsViewModel vm;
    private final Appearance appearance;
    private final JFreeChart bars;
    private final JFreeChart cumulative;
    private final VBox root;
    private final LazyChartRefresh redraw;
    private static final List<String> KINDS = List.of(FlopsViewModel.COMBINATION, FlopsViewModel.AGGREGATION,
            FlopsViewModel.BACKWARD, FlopsViewModel.GROWTH);
    /** The themes' last series colour is a neutral grey. */
    private static final int NEUTRAL = 6;

    public FlopsView(FlopsViewModel vm, Appearance appearance) {
        this.vm = vm;
        this.appearance = appearance;
        bars = ChartFactory.createStackedBarChart("Training FLOPs by phase, layer and kind",
                "phase · layer", "× dense training", vm.breakdown(), PlotOrientation.VERTICAL, true, true, false);
        bars.getCategoryPlot().setNoDataMessage("Press Run: FLOPs per layer and kind appear after the first epoch.");
        BarRenderer r = (BarRenderer) bars.getCategoryPlot().getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.12);
        bars.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        cumulative = ChartFactoryFx.lineChart("Cumulative training FLOPs vs epoch", "epoch", "GFLOPs (counted)",
                vm.cumulative(), "Press Run: cumulative FLOPs per epoch appear here.");
        ((NumberAxis) cumulative.getXYPlot().getDomainAxis())
                .setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        Label summary = new Label();
        summary.setId("flops-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE); // all its lines, though the charts below grow
        summary.textProperty().bind(vm.summaryProperty());
        var b = ChartFactoryFx.viewer(bars);
        var c = ChartFactoryFx.viewer(cumulative);
        AdaptiveSplit charts = new AdaptiveSplit(b, c);
        VBox.setVgrow(charts, Priority.ALWAYS);
        root = new VBox(4, summary, charts);
        root.setPadding(new Insets(6, 8, 0, 8));
        root.setId("flops-view");
        redraw = new LazyChartRefresh(root, List.of(bars, cumulative), this::refresh);
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
        ChartStyler.apply(bars, appearance.theme(), appearance.zoom());
        ChartStyler.apply(cumulative, appearance.theme(), appearance.zoom());
        // one colour per kind whatever kinds a run has (an FNN has no aggregation: by position, "backward" took
        // aggregation's colour and the legend changed meaning between a GCN and an FNN run)
        BarRenderer r = (BarRenderer) bars.getCategoryPlot().getRenderer();
        for (int i = 0; i < vm.breakdown().getRowCount(); i++) {
            int kind = KINDS.indexOf(String.valueOf(vm.breakdown().getRowKey(i)));
            r.setSeriesPaint(i, appearance.theme().series(kind < 0 ? KINDS.size() + i : kind));
        }
        // runs in the run colours, the theory yardsticks dashed and neutral (they kept swapping colours with runs)
        XYItemRenderer lr = cumulative.getXYPlot().getRenderer();
        float width = (float) (2 * appearance.zoom());
        for (int i = 0, run = 0, theory = 0; i < vm.cumulative().getSeriesCount(); i++) {
            if (String.valueOf(vm.cumulative().getSeriesKey(i)).endsWith("(theory)")) {
                lr.setSeriesPaint(i, appearance.theme().series(NEUTRAL));
                float dash = (theory++ == 0 ? 8 : 3) * width;
                lr.setSeriesStroke(i, new BasicStroke(width, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {dash, 3 * width}, 0f));
            } else {
                lr.setSeriesPaint(i, appearance.theme().series(run++));
                lr.setSeriesStroke(i, new BasicStroke(width));
            }
        }
    }

    @Override public String id() { return "flops"; }
    @Override public String title() { return "FLOPs"; }
    @Override public Node node() { return root; }
    @Override public void exportPng(Path file) throws IOException {
        redraw.catchUp(); ChartExport.png(file, List.of(bars, cumulative)); }
    @Override public void exportSvg(Path file) throws IOException {
        redraw.catchUp(); ChartExport.svg(file, List.of(bars, cumulative)); }
    @Override public List<String[]> csvRows() { return vm.csvRows(); }
}
