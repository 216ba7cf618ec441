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

    /** The view's data as CSV rows (first row = header). */
    List<String[]> csvRows();
}
