package org.sparsegnn.app.charts;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jfree.data.general.Series;

/**
 * Series changed without notification (items added with {@code notify = false}); the view fires them all inside
 * one chart-notification pause, so a batch of events costs one redraw instead of one per point.
 */
public final class SeriesBatch {
    private final Set<Series> dirty = new LinkedHashSet<>();

    public void markDirty(Series s) {
        dirty.add(s);
    }

    public boolean isEmpty() {
        return dirty.isEmpty();
    }

    /** Fires a change for every dirty series; call with the chart's notifications paused. */
    public void flush() {
        for (Series s : dirty) s.fireSeriesChanged();
        dirty.clear();
    }
}
