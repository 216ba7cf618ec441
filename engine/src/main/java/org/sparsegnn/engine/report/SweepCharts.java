package org.sparsegnn.engine.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * The paper's figures for any sweep, rendered headless with JFreeChart: accuracy vs sparsity (Fig. 5/6, mean ± std
 * over seeds per method; dense runs as a flat reference line) and accuracy vs epoch at one sparsity (Fig. 7, mean
 * over seeds). {@link #write} saves a chart as PNG and SVG.
 */
public final class SweepCharts {
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
            new Color(0xbcbd22), new Color(0x17becf)};

    private SweepCharts() {
    }

    public static JFreeChart accuracyVsSparsity(List<SweepRun> runs, String title) {
        return accuracyVsSparsity(runs, title, "test_accuracy", "test accuracy");
    }

    /**
     * Mean ± std over seeds of {@code metric} per method and sparsity; methods that are dense references ({@link
     * #isReference}) are drawn as a flat dashed line across the sparsity range.
     */
    public static JFreeChart accuracyVsSparsity(List<SweepRun> runs, String title, String metric, String yLabel) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        List<SweepTable.Cell> cells = SweepTable.aggregate(runs, metric);
        double minS = cells.stream().filter(c -> !isReference(c.method())).mapToDouble(SweepTable.Cell::sparsity).min().orElse(0);
        double maxS = cells.stream().filter(c -> !isReference(c.method())).mapToDouble(SweepTable.Cell::sparsity).max().orElse(1);
        Map<String, XYIntervalSeries> series = new LinkedHashMap<>();
        for (SweepTable.Cell c : cells) {
            if (c.n() == 0) continue; // every seed of the cell diverged
            XYIntervalSeries s = series.computeIfAbsent(c.method(), XYIntervalSeries::new);
            if (isReference(c.method())) { // reference line across the sparsity range
                s.add(minS, minS, minS, c.mean(), c.mean() - c.std(), c.mean() + c.std());
                s.add(maxS, maxS, maxS, c.mean(), c.mean() - c.std(), c.mean() + c.std());
            } else {
                s.add(c.sparsity(), c.sparsity(), c.sparsity(), c.mean(), c.mean() - c.std(), c.mean() + c.std());
            }
        }
        series.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "sparsity", yLabel, data,
                PlotOrientation.VERTICAL, true, false, false);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(true);
        r.setDefaultShapesVisible(true);
        style(chart, r, new ArrayList<>(series.keySet()));
        ((NumberAxis) ((XYPlot) chart.getPlot()).getRangeAxis()).setAutoRangeIncludesZero(false);
        return chart;
    }

    /** Mean test accuracy per epoch and method, over the seeds of the runs at target sparsity {@code sparsity}. */
    public static JFreeChart accuracyVsEpoch(List<SweepRun> runs, double sparsity, String title) {
        Map<String, TreeMap<Integer, double[]>> sums = new LinkedHashMap<>();
        for (SweepRun r : runs) {
            if (r.diverged() || !r.method().equals("dense") && r.sparsity() != sparsity) continue; // no curve to average
            TreeMap<Integer, double[]> m = sums.computeIfAbsent(r.method(), k -> new TreeMap<>());
            for (SweepRun.EpochPoint p : r.epochs()) {
                double[] acc = m.computeIfAbsent(p.epoch(), k -> new double[2]);
                acc[0] += p.testAccuracy();
                acc[1]++;
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        for (var e : sums.entrySet()) {
            XYSeries s = new XYSeries(e.getKey());
            e.getValue().forEach((epoch, acc) -> s.add((double) epoch, (Double) (acc[0] / acc[1]), false));
            s.fireSeriesChanged();
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "epoch", "test accuracy", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        style(chart, r, new ArrayList<>(sums.keySet()));
        return chart;
    }

    /** Whether a sweep line is a dense reference: method "dense", or a label such as "dense, sparse embedding". */
    public static boolean isReference(String method) {
        return method.equals("dense") || method.startsWith("dense,");
    }

    static void style(JFreeChart chart, XYLineAndShapeRenderer r, List<String> methods) {
        for (int i = 0; i < methods.size(); i++) {
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            boolean dense = isReference(methods.get(i));
            r.setSeriesStroke(i, dense
                    ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2f));
        }
        XYPlot plot = (XYPlot) chart.getPlot();
        plot.setRenderer(r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        chart.setBackgroundPaint(Color.WHITE);
    }

    /** Writes {@code base}.png and {@code base}.svg. */
    public static void write(JFreeChart chart, Path base, int width, int height) throws IOException {
        Path dir = base.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        ChartUtils.saveChartAsPNG(base.resolveSibling(base.getFileName() + ".png").toFile(), chart, width, height);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        SVGUtils.writeToSVG(base.resolveSibling(base.getFileName() + ".svg").toFile(), g.getSVGElement());
    }
}
