package org.sparsegnn.app.theme;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;

/** Applies a theme and a zoom factor to JFreeChart charts (background, text, grid, fonts, series strokes). */
public final class ChartStyler {
    private ChartStyler() {
    }

    public static void apply(JFreeChart chart, Theme theme, double zoom) {
        chart.setBackgroundPaint(theme.chartBackground);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(15 * zoom));
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(12 * zoom));
        Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * zoom));
        TextTitle t = chart.getTitle();
        if (t != null) {
            t.setPaint(theme.chartForeground);
            t.setFont(title);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof LegendTitle l) {
                l.setBackgroundPaint(theme.chartBackground);
                l.setItemPaint(theme.chartForeground);
                l.setItemFont(tick);
            } else if (chart.getSubtitle(i) instanceof TextTitle s) {
                s.setPaint(theme.chartForeground);
                s.setFont(label);
            }
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(theme.chartBackground);
        plot.setOutlinePaint(theme.grid);
        plot.setNoDataMessagePaint(theme.chartForeground);
        plot.setNoDataMessageFont(label);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(theme.grid);
            xy.setRangeGridlinePaint(theme.grid);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) axis(xy.getDomainAxis(i), theme, label, tick);
            for (int i = 0; i < xy.getRangeAxisCount(); i++) axis(xy.getRangeAxis(i), theme, label, tick);
        } else if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(theme.grid);
            axis(cp.getDomainAxis(), theme, label, tick);
            for (int i = 0; i < cp.getRangeAxisCount(); i++) axis(cp.getRangeAxis(i), theme, label, tick);
        }
    }

    private static void axis(Axis a, Theme theme, Font label, Font tick) {
        if (a == null) return;
        a.setLabelPaint(theme.chartForeground);
        a.setTickLabelPaint(theme.chartForeground);
        a.setAxisLinePaint(theme.chartForeground);
        a.setTickMarkPaint(theme.chartForeground);
        a.setLabelFont(label);
        a.setTickLabelFont(tick);
    }

    /** Stroke of a metric series: train dotted, validation dashed, ROC-AUC dash-dotted, test and loss solid; baseline thicker. */
    public static Stroke stroke(SeriesStyle s, double zoom) {
        float w = (float) ((s.baseline() ? 3.0 : 1.8) * zoom);
        return switch (s.kind()) {
            case TRAIN -> new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {1.5f * w, 2.5f * w}, 0f);
            case VAL -> new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f * w, 3f * w}, 0f);
            case AUC -> new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {8f * w, 2.5f * w, 1.5f * w, 2.5f * w}, 0f);
            default -> new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        };
    }
}
