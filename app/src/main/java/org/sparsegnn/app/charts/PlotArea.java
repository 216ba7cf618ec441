package org.sparsegnn.app.charts;

import java.awt.geom.Rectangle2D;
import org.jfree.data.Range;

/** Where a drawn XY chart put its data area and which x/y ranges it showed: maps mouse pixels to data values. */
record PlotArea(Rectangle2D dataArea, Range x, Range y) {
    boolean contains(double px, double py) {
        return dataArea.contains(px, py);
    }

    double xValue(double px) {
        return x.getLowerBound() + (px - dataArea.getMinX()) / dataArea.getWidth() * x.getLength();
    }

    double yValue(double py) {
        return y.getUpperBound() - (py - dataArea.getMinY()) / dataArea.getHeight() * y.getLength();
    }

    /** {@code px} moved into the data area horizontally. */
    double clampX(double px) {
        return Math.max(dataArea.getMinX(), Math.min(dataArea.getMaxX(), px));
    }
}
