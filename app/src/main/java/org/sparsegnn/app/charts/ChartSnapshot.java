package org.sparsegnn.app.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.util.PublicCloneable;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * A copy of a live chart that another thread may draw while the FX thread keeps changing the original.
 * {@code JFreeChart.clone()} alone is not enough: the clone's plot shares the live datasets (and registers itself
 * as their listener) and its legend still reads the live plot. Here every dataset is replaced by a copy (XY series
 * as primitive arrays: about a millisecond for 18,000 points, where cloning {@code XYSeries} took ten) and the
 * legend is pointed at the copied plot.
 *
 * <p>Charts drawn this way must not mutate marker or annotation lists after creation (the clone shares them):
 * the workbench draws phase bands and update lines with annotations whose content is swapped atomically.
 */
final class ChartSnapshot {
    private ChartSnapshot() {
    }

    /** A detached copy, or null when some part of the chart cannot be copied (then draw it on the FX thread). */
    static JFreeChart of(JFreeChart live) {
        try {
            JFreeChart copy = (JFreeChart) live.clone();
            Plot plot = copy.getPlot();
            if (plot instanceof XYPlot xy) {
                for (int i = 0; i < xy.getDatasetCount(); i++) {
                    XYDataset d = xy.getDataset(i);
                    if (d != null) xy.setDataset(i, copyOf(d)); // also unhooks the clone from the live dataset
                }
            } else if (plot instanceof CategoryPlot cat) {
                for (int i = 0; i < cat.getDatasetCount(); i++) {
                    CategoryDataset d = cat.getDataset(i);
                    if (d == null) continue;
                    if (!(d instanceof PublicCloneable pc)) return null;
                    cat.setDataset(i, (CategoryDataset) pc.clone());
                }
            } else {
                return null;
            }
            for (int i = 0; i < copy.getSubtitleCount(); i++) {
                if (copy.getSubtitle(i) instanceof LegendTitle legend) {
                    legend.setSources(new LegendItemSource[] {plot});
                }
            }
            return copy;
        } catch (CloneNotSupportedException | ClassCastException e) {
            return null;
        }
    }

    /** The series of an XY dataset as arrays, keys and order kept (series styles are looked up by index). */
    static XYDataset copyOf(XYDataset d) {
        DefaultXYDataset copy = new DefaultXYDataset();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            int n = d.getItemCount(s);
            double[][] xy = new double[2][n];
            for (int i = 0; i < n; i++) {
                xy[0][i] = d.getXValue(s, i);
                xy[1][i] = d.getYValue(s, i);
            }
            copy.addSeries(d.getSeriesKey(s), xy);
        }
        return copy;
    }
}
