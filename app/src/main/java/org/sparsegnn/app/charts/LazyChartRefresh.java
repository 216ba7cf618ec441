package org.sparsegnn.app.charts;

import java.util.List;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;
import org.sparsegnn.app.export.ExportableView;

/**
 * Redraws a view's charts only while the view is on screen: JFreeChart repaints every chart on every dataset
 * change, so a hidden tab would otherwise redraw on every event batch. A hidden view is marked stale (with chart
 * notifications off) and catches up when shown or exported. {@code refresh} restyles the charts and flushes
 * pending data with notifications paused.
 */
public final class LazyChartRefresh {
    private final Node root;
    private final List<JFreeChart> charts;
    private final Runnable refresh;
    private boolean stale;

    public LazyChartRefresh(Node root, List<JFreeChart> charts, Runnable refresh) {
        this.root = root;
        this.charts = List.copyOf(charts);
        this.refresh = refresh;
    }

    /** The data or the appearance changed. */
    public void request() {
        if (ExportableView.isShowing(root)) {
            run();
        } else {
            stale = true;
            for (JFreeChart c : charts) c.setNotify(false);
        }
    }

    /** The view became visible or is about to be exported: apply what it missed. */
    public void catchUp() {
        if (stale) run();
    }

    private void run() {
        stale = false;
        for (JFreeChart c : charts) c.setNotify(false);
        try {
            refresh.run();
        } finally {
            for (JFreeChart c : charts) c.setNotify(true);
        }
    }
}
