package org.sparsegnn.app.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/** Line charts with the workbench's defaults (lines without markers, integer epochs, a no-data hint). */
public final class ChartFactoryFx {
    private ChartFactoryFx() {
    }

    public static JFreeChart lineChart(String title, String x, String y, XYDataset data, String noData) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, x, y, data, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        // One path per series instead of one strokeLine per segment: on the software pipeline every separate
        // line is a full rasterizer pass, which made a 3000-epoch chart cost the render thread ~0.5 s per frame.
        lines.setDrawSeriesLineAsPath(true);
        plot.setRenderer(lines);
        plot.setNoDataMessage(noData);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return chart;
    }

    /** The chart on screen, drawn off the FX thread (see {@link ChartImageView}). */
    public static ChartImageView viewer(JFreeChart chart) {
        return new ChartImageView(chart);
    }
}
