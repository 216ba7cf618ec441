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
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.sparsegnn.app.charts.AdaptiveSplit;
import org.sparsegnn.app.charts.ChartFactoryFx;
import org.sparsegnn.app.charts.LazyChartRefresh;
import org.sparsegnn.app.export.ChartExport;
import org.sparsegnn.app.export.ExportableView;
import org.sparsegnn.app.theme.Appearance;
import org.sparsegnn.app.theme.ChartStyler;

/**
 * The cost view: FLOPs and measured time against dense training side by side, per phase and layer (where fewer
 * FLOPs turn into less time, and where they do not), and cumulative FLOPs with the time of every epoch overlaid,
 * marked where a layer switched kernels.
 */
public final class FlopsView implements ExportableView {
    private final FlopsViewModel vm;
    private final Appearance appearance;
    private final JFreeChart ratios;
    private final JFreeChart cumulative;
    private final ValueMarker dense = new ValueMarker(1.0);
    private final KernelSwitchAnnotation switches = new KernelSwitchAnnotation();
    private final VBox root;
    private final LazyChartRefresh redraw;
    /** The themes' last series colour is a neutral grey. */
    private static final int NEUTRAL = 6;

    public FlopsView(FlopsViewModel vm, Appearance appearance) {
        this.vm = vm;
        this.appearance = appearance;
        ratios = ChartFactory.createBarChart("Cost against dense training, per phase and layer", "phase · layer",
                "× dense (1 = same cost)", vm.ratios(), PlotOrientation.VERTICAL, true, true, false);
        CategoryPlot rp = ratios.getCategoryPlot();
        rp.setNoDataMessage("Press Run: FLOPs and time against dense training appear after the first epoch.");
        BarRenderer r = (BarRenderer) rp.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.08);
        r.setItemMargin(0.05);
        rp.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        rp.getDomainAxis().setMaximumCategoryLabelLines(2);
        dense.setLabel("dense");
        dense.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        dense.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        rp.addRangeMarker(dense, Layer.BACKGROUND);

        cumulative = ChartFactoryFx.lineChart("Cumulative FLOPs and time per epoch", "epoch", "GFLOPs (counted)",
                vm.cumulative(), "Press Run: cumulative FLOPs and epoch times appear here.");
        XYPlot cp = cumulative.getXYPlot();
        ((NumberAxis) cp.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis ms = new NumberAxis("ms per epoch (measured)");
        ms.setAutoRangeIncludesZero(true);
        cp.setRangeAxis(1, ms);
        cp.setDataset(1, vm.epochTimes());
        cp.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer times = new XYLineAndShapeRenderer(true, true);
        times.setDrawSeriesLineAsPath(true);
        cp.setRenderer(1, times);
        cp.addAnnotation(switches);

        Label summary = new Label();
        summary.setId("flops-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE); // all its lines, though the charts below grow
        summary.textProperty().bind(vm.summaryProperty());
        AdaptiveSplit charts = new AdaptiveSplit(ChartFactoryFx.viewer(ratios), ChartFactoryFx.viewer(cumulative));
        VBox.setVgrow(charts, Priority.ALWAYS);
        root = new VBox(4, summary, charts);
        root.setPadding(new Insets(6, 8, 0, 8));
        root.setId("flops-view");
        redraw = new LazyChartRefresh(root, List.of(ratios, cumulative), this::refresh);
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
        var theme = appearance.theme();
        double zoom = appearance.zoom();
        ChartStyler.apply(ratios, theme, zoom);
        ChartStyler.apply(cumulative, theme, zoom);
        BarRenderer r = (BarRenderer) ratios.getCategoryPlot().getRenderer();
        for (int i = 0; i < vm.ratios().getRowCount(); i++) {
            boolean flops = FlopsViewModel.FLOPS_RATIO.equals(vm.ratios().getRowKey(i));
            r.setSeriesPaint(i, theme.series(flops ? 0 : 1));
        }
        // the dense line at 1 always in view, whatever the bars' heights
        double top = 0;
        for (int row = 0; row < vm.ratios().getRowCount(); row++) {
            for (int col = 0; col < vm.ratios().getColumnCount(); col++) {
                Number v = vm.ratios().getValue(row, col);
                if (v != null) top = Math.max(top, v.doubleValue());
            }
        }
        ratios.getCategoryPlot().getRangeAxis().setRange(0, Math.max(1.15, 1.1 * top));
        dense.setPaint(theme.series(NEUTRAL));
        dense.setStroke(new BasicStroke((float) (1.5 * zoom), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {(float) (6 * zoom), (float) (4 * zoom)}, 0f));
        dense.setLabelPaint(theme.chartForeground);
        dense.setLabelFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, (int) Math.round(11 * zoom)));
        // runs in the run colours (FLOPs solid, epoch times thin with dots), the theory yardsticks dashed and neutral
        XYItemRenderer lr = cumulative.getXYPlot().getRenderer();
        float width = (float) (2 * zoom);
        java.util.Map<String, Integer> runColour = new java.util.HashMap<>();
        for (int i = 0, run = 0, theory = 0; i < vm.cumulative().getSeriesCount(); i++) {
            String key = String.valueOf(vm.cumulative().getSeriesKey(i));
            if (key.endsWith("(theory)")) {
                lr.setSeriesPaint(i, theme.series(NEUTRAL));
                float dash = (theory++ == 0 ? 8 : 3) * width;
                lr.setSeriesStroke(i, new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {dash, 3 * width}, 0f));
            } else {
                runColour.put(key.substring(0, key.length() - FlopsViewModel.COUNTED_SUFFIX.length()), run);
                lr.setSeriesPaint(i, theme.series(run++));
                lr.setSeriesStroke(i, new BasicStroke(width));
            }
        }
        XYLineAndShapeRenderer tr = (XYLineAndShapeRenderer) cumulative.getXYPlot().getRenderer(1);
        double dot = 3 * zoom;
        for (int i = 0; i < vm.epochTimes().getSeriesCount(); i++) {
            String key = String.valueOf(vm.epochTimes().getSeriesKey(i));
            tr.setSeriesPaint(i, theme.series(runColour.getOrDefault(
                    key.substring(0, key.length() - FlopsViewModel.TIME_SUFFIX.length()), i)));
            tr.setSeriesStroke(i, new BasicStroke((float) (0.8 * zoom)));
            tr.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-dot / 2, -dot / 2, dot, dot));
        }
        switches.show(new KernelSwitchAnnotation.Marks(vm.kernelSwitches(), theme.chartForeground,
                new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.ITALIC, (int) Math.round(11 * zoom))));
    }

    @Override public String id() { return "flops"; }
    @Override public String title() { return "Cost"; }
    @Override public Node node() { return root; }
    @Override public void exportPng(Path file) throws IOException {
        redraw.catchUp(); ChartExport.png(file, List.of(ratios, cumulative)); }
    @Override public void exportSvg(Path file) throws IOException {
        redraw.catchUp(); ChartExport.svg(file, List.of(ratios, cumulative)); }
    @Override public List<String[]> csvRows() { return vm.csvRows(); }
}
