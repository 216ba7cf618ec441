package org.sparsegnn.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;

/** A live view as the shell sees it: a tab with a node, exportable as PNG, SVG and CSV. */
public interface ExportableView {
    /** File-name friendly id, e.g. "accuracy". */
    String id();

    /** Tab title. */
    String title();

    Node node();

    void exportPng(Path file) throws IOException;

    void exportSvg(Path file) throws IOException;

    /** Called when the view's tab is selected: views skip redraws while hidden and catch up here. */
    default void shown() {
    }

    /**
     * Called when the view's tab is deselected. JavaFX still styles and lays out the content of hidden tabs, so a
     * view may detach what only the screen needs (the runs table built a 16-cell row in its hidden tab at the
     * start of every run: the longest frame of the run).
     */
    default void hidden() {
    }

    /** Whether {@code n} and all its ancestors are visible and it is in a scene (hidden tabs are not). */
    static boolean isShowing(Node n) {
        if (n.getScene() == null) return false;
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return true;
    }

    /** The view's data as CSV rows (first row = header). */
    List<String[]> csvRows();
}
