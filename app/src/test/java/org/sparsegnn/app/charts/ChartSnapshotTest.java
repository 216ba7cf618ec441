package org.sparsegnn.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Color;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** A chart copy drawn on another thread must not see (or be hooked to) later changes of the live chart. */
class ChartSnapshotTest {
    @Test
    void copyKeepsTheDataAndStylesOfTheMomentAndIsNotHookedToTheLiveDataset() {
        XYSeries s = new XYSeries("test accuracy");
        for (int e = 1; e <= 100; e++) s.add(e, e / 100.0);
        XYSeriesCollection live = new XYSeriesCollection(s);
        JFreeChart chart = ChartFactoryFx.lineChart("Accuracy", "epoch", "accuracy", live, "no data");
        chart.getXYPlot().getRenderer().setSeriesPaint(0, Color.BLUE);

        JFreeChart copy = ChartSnapshot.of(chart);
        assertNotNull(copy);
        XYPlot plot = copy.getXYPlot();
        XYDataset data = plot.getDataset();
        assertNotSame(live, data);
        int[] copyEvents = new int[1];
        copy.addChangeListener(e -> copyEvents[0]++);

        s.add(101, 0.5); // the trainer goes on; the copy being drawn must not change under the drawing thread
        assertEquals(0, copyEvents[0], "the copy must not listen to the live dataset (a leak per redraw)");
        chart.getXYPlot().getRenderer().setSeriesPaint(0, Color.RED);
        assertEquals(100, data.getItemCount(0));
        assertEquals(1.0, data.getYValue(0, 99));
        assertEquals("test accuracy", data.getSeriesKey(0));
        assertEquals(Color.BLUE, plot.getRenderer().getSeriesPaint(0));
        for (int i = 0; i < copy.getSubtitleCount(); i++) {
            if (copy.getSubtitle(i) instanceof LegendTitle legend) assertSame(plot, legend.getSources()[0]);
        }
    }

    @Test
    void categoryChartsAreCopiedToo() {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        bars.addValue(0.4, "forward", "dense · layer 1");
        JFreeChart chart = ChartFactory.createStackedBarChart("FLOPs", "phase", "× dense", bars,
                PlotOrientation.VERTICAL, true, false, false);
        JFreeChart copy = ChartSnapshot.of(chart);
        assertNotNull(copy);
        bars.addValue(0.9, "backward", "dense · layer 1");
        assertEquals(1, copy.getCategoryPlot().getDataset().getRowCount());
    }
}
