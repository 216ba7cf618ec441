package org.sparsegnn.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chart drawn off the FX thread reaches the screen, follows data changes, and zooms on the x axis. */
@ExtendWith(ApplicationExtension.class)
class ChartImageViewTest {
    private final XYSeries series = new XYSeries("loss");
    private JFreeChart chart;
    private ChartImageView view;

    @Start
    void start(Stage stage) {
        for (int e = 1; e <= 100; e++) series.add(e, 2.0 / e);
        chart = ChartFactoryFx.lineChart("Training loss vs epoch", "epoch", "loss", new XYSeriesCollection(series), "no data");
        view = new ChartImageView(chart);
        stage.setScene(new Scene(new StackPane(view), 800, 400));
        stage.show();
    }

    private void waitDrawn() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, ChartImageView::allSettled);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private WritableImage shot(FxRobot robot) {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = view.snapshot(null, null));
        return img[0];
    }

    private static Set<Integer> colours(WritableImage img) {
        PixelReader r = img.getPixelReader();
        Set<Integer> out = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) for (int x = 0; x < img.getWidth(); x += 2) out.add(r.getArgb(x, y));
        return out;
    }

    @Test
    void drawsTheChartAndRedrawsWhenTheDataChanges(FxRobot robot) throws Exception {
        waitDrawn();
        WritableImage before = shot(robot);
        assertTrue(colours(before).size() > 20, "title, axes, text and the line are drawn (anti-aliased: many colours)");
        robot.interact(() -> series.add(101, 3.0)); // a spike the line must now reach
        waitDrawn();
        WritableImage after = shot(robot);
        int changed = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                if (before.getPixelReader().getArgb(x, y) != after.getPixelReader().getArgb(x, y)) changed++;
            }
        }
        assertTrue(changed > 100, "only " + changed + " pixels changed after new data");
        assertTrue(view.lastDrawMillis() > 0);
    }

    @Test
    void zoomsTheXAxisAndResetsToTheWholeRun(FxRobot robot) throws Exception {
        waitDrawn();
        robot.interact(() -> view.zoomX(10, 20));
        assertEquals(10, chart.getXYPlot().getDomainAxis().getLowerBound(), 1e-9);
        assertEquals(20, chart.getXYPlot().getDomainAxis().getUpperBound(), 1e-9);
        robot.interact(view::resetZoom);
        assertTrue(chart.getXYPlot().getDomainAxis().getUpperBound() >= 100, "auto range covers every epoch again");
        waitDrawn();
        // by mouse: drag from the middle of the plot 150 px to the right
        robot.drag(view, MouseButton.PRIMARY).moveBy(150, 0).drop();
        double lo = chart.getXYPlot().getDomainAxis().getLowerBound(), hi = chart.getXYPlot().getDomainAxis().getUpperBound();
        assertTrue(lo > 30 && hi < 90 && hi - lo > 10, "dragging zoomed onto the dragged epochs: " + lo + ".." + hi);
        robot.doubleClickOn(view);
        assertTrue(chart.getXYPlot().getDomainAxis().getUpperBound() >= 100, "auto range covers every epoch again");
        assertNotEquals(10, chart.getXYPlot().getDomainAxis().getLowerBound(), 1e-9);
    }
}
