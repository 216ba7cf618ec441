package org.sparsegnn.app.charts;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Two charts stacked, or side by side when the space is much wider than tall. At 150–200 % zoom (larger fonts
 * for a talk) two stacked charts in a short window kept their titles, legends and axes but no room for the plot
 * itself; side by side each gets the full height.
 */
public final class AdaptiveSplit extends Region {
    /** Width-to-height ratio above which the two charts go side by side. */
    static final double SIDE_BY_SIDE_ASPECT = 2.2;
    private static final double GAP = 6;
    private final Node first;
    private final Node second;

    public AdaptiveSplit(Node first, Node second) {
        this.first = first;
        this.second = second;
        getChildren().addAll(first, second);
    }

    /** Whether the current size puts the charts side by side. */
    public boolean sideBySide() {
        return sideBySide(getWidth(), getHeight());
    }

    static boolean sideBySide(double w, double h) {
        return h > 0 && w / h > SIDE_BY_SIDE_ASPECT;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset(), y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset(), h = getHeight() - y - snappedBottomInset();
        if (sideBySide(w, h)) {
            double half = Math.floor((w - GAP) / 2);
            first.resizeRelocate(x, y, half, h);
            second.resizeRelocate(x + half + GAP, y, w - half - GAP, h);
        } else {
            double half = Math.floor((h - GAP) / 2);
            first.resizeRelocate(x, y, w, half);
            second.resizeRelocate(x, y + half + GAP, w, h - half - GAP);
        }
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + first.minHeight(-1);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + first.minWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + first.prefHeight(-1) + GAP + second.prefHeight(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + Math.max(first.prefWidth(-1), second.prefWidth(-1));
    }
}
