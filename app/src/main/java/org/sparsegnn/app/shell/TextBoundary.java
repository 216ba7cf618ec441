package org.sparsegnn.app.shell;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Holds a label whose text changes often (progress, status) so that a change re-lays out only the label. A managed
 * label asks its parents to lay out again on every new text, up to the window's root; several times a second that
 * cost whole layout passes of the workbench (20–50 ms on a slow machine). The holder is as wide as the widest text
 * shown so far (so it grows, and asks for a new layout, only a few times a run) and as tall as one line.
 */
final class TextBoundary extends Region {
    private final Label label;
    private double widest;

    TextBoundary(Label label) {
        this.label = label;
        label.setManaged(false);
        getChildren().add(label);
        setMinWidth(0);
        setMaxWidth(Double.MAX_VALUE);
        label.textProperty().addListener((o, a, v) -> growIfNeeded());
        label.fontProperty().addListener((o, a, v) -> {
            widest = 0; // zoom changed: measure again
            requestLayout();
        });
    }

    private void growIfNeeded() {
        label.requestLayout(); // drops the label's cached preferred size, which still measures the old text
        double w = label.prefWidth(-1);
        if (w > widest + 0.5) {
            widest = w;
            requestLayout();
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return snapSizeY(label.prefHeight(-1)) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        widest = Math.max(widest, label.prefWidth(-1));
        return snappedLeftInset() + snapSizeX(widest) + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        label.resizeRelocate(snappedLeftInset(), snappedTopInset(), getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
    }
}
