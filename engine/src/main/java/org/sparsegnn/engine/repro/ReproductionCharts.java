package org.sparsegnn.engine.repro;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The reproduction's own charts (Fig. 5 and 6 use the sweep's accuracy-vs-sparsity chart): accuracy per epoch as
 * mean ± std bands with SLR's phase boundaries marked (Fig. 7), and Table II's normalised FLOPs on a log axis.
 */
final class ReproductionCharts {
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b)};

    private ReproductionCharts() {
    }

    /** One band per line: mean ± std of test accuracy over seeds per epoch. */
    record Curve(String label, List<double[]> meanStdByEpoch) {
    }

    /**
     * @param markers epoch → label of a vertical marker drawn before that epoch (e.g. "SLR: hard prune, retraining")
     */
    static JFreeChart accuracyVsEpoch(String title, String yLabel, List<Curve> curves, Map<Integer, String> markers) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Curve c : curves) {
            YIntervalSeries s = new YIntervalSeries(c.label());
            for (double[] p : c.meanStdByEpoch()) s.add(p[0], p[1], p[1] - p[2], p[1] + p[2]);
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "epoch", yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        DeviationRenderer r = new DeviationRenderer(true, false);
        for (int i = 0; i < curves.size(); i++) {
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            r.setSeriesFillPaint(i, PALETTE[i % PALETTE.length]);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        r.setAlpha(0.2f);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(r);
        markers.forEach((epoch, label) -> {
            ValueMarker m = new ValueMarker(epoch - 0.5, Color.DARK_GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
            m.setLabel(label);
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT); // the label starts right of the line: the phase it opens
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addDomainMarker(m, Layer.FOREGROUND);
        });
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        white(chart);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        return chart;
    }

    /** Normalised training FLOPs per column (rows of {@code data} are the lines), log scale, ± std where measured. */
    static JFreeChart flops(String title, DefaultStatisticalCategoryDataset data) {
        JFreeChart chart = ChartFactory.createLineChart(title, null, "training FLOPs / dense training (log)", data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StatisticalLineAndShapeRenderer r = new StatisticalLineAndShapeRenderer(false, true);
        for (int i = 0; i < data.getRowCount(); i++) {
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            r.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        }
        r.setErrorIndicatorPaint(Color.DARK_GRAY);
        plot.setRenderer(r);
        LogAxis y = new LogAxis("training FLOPs / dense training (log scale)");
        y.setSmallestValue(1e-4);
        // one tick per decade, written as plain numbers (0.001, 0.01, …) rather than powers like 10^-2.2
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0));
        y.setNumberFormatOverride(new java.text.DecimalFormat("0.#####"));
        plot.setRangeAxis(y);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2); // "sparse training, sparse emb." wraps, not cut
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        white(chart);
        return chart;
    }

    private static void white(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
    }
}
