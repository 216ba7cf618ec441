package org.sparsegnn.app.charts;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * Mouse on a chart image: a readout of the x/y values under the pointer, drag across the plot to zoom the x axis
 * (e.g. onto the epochs around one mask update), double-click to show the whole run again. Changes the live
 * chart's axis; the image follows on its next drawing.
 */
final class ChartMouseZoom {
    private final JFreeChart chart;
    private final Supplier<PlotArea> area;
    private final Rectangle box = new Rectangle();
    private final Tooltip readout = new Tooltip();
    private double dragStartX = Double.NaN;

    ChartMouseZoom(Region target, JFreeChart chart, Supplier<PlotArea> area) {
        this.chart = chart;
        this.area = area;
        box.setManaged(false);
        box.setVisible(false);
        box.setMouseTransparent(true);
        box.setFill(Color.rgb(80, 140, 220, 0.25));
        Tooltip.install(target, readout);
        readout.setShowDelay(Duration.millis(150));
        target.setOnMouseMoved(this::hover);
        target.setOnMousePressed(this::pressed);
        target.setOnMouseDragged(this::dragged);
        target.setOnMouseReleased(this::released);
        target.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) resetZoom();
        });
    }

    /** The translucent band shown while dragging (the owner adds it above the image). */
    Rectangle box() {
        return box;
    }

    private XYPlot xyPlot() {
        return chart.getPlot() instanceof XYPlot p ? p : null;
    }

    private PlotArea usableArea(double px, double py) {
        PlotArea a = area.get();
        return a != null && xyPlot() != null && a.contains(px, py) ? a : null;
    }

    private void hover(MouseEvent e) {
        PlotArea a = usableArea(e.getX(), e.getY());
        if (a == null) {
            readout.setText("");
            readout.hide();
            return;
        }
        String xLabel = xyPlot().getDomainAxis().getLabel(), yLabel = xyPlot().getRangeAxis().getLabel();
        readout.setText(String.format(Locale.ROOT, "%s %.4g · %s %.4g%nDrag to zoom the x axis, double-click to reset",
                xLabel == null ? "x" : xLabel, a.xValue(e.getX()), yLabel == null ? "y" : yLabel, a.yValue(e.getY())));
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && usableArea(e.getX(), e.getY()) != null) dragStartX = e.getX();
    }

    private void dragged(MouseEvent e) {
        PlotArea a = area.get();
        if (Double.isNaN(dragStartX) || a == null) return;
        double x = a.clampX(e.getX());
        box.setX(Math.min(dragStartX, x));
        box.setWidth(Math.abs(x - dragStartX));
        box.setY(a.dataArea().getMinY());
        box.setHeight(a.dataArea().getHeight());
        box.setVisible(true);
    }

    private void released(MouseEvent e) {
        PlotArea a = area.get();
        if (Double.isNaN(dragStartX) || a == null) return;
        double x = a.clampX(e.getX());
        double from = Math.min(dragStartX, x), to = Math.max(dragStartX, x);
        dragStartX = Double.NaN;
        box.setVisible(false);
        if (to - from >= 4) zoomX(a.xValue(from), a.xValue(to));
    }

    void zoomX(double from, double to) {
        XYPlot p = xyPlot();
        if (p != null && to > from) p.getDomainAxis().setRange(from, to);
    }

    void resetZoom() {
        XYPlot p = xyPlot();
        if (p != null) p.getDomainAxis().setAutoRange(true);
    }
}
