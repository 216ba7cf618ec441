package org.sparsegnn.app.dataset;

import org.sparsegnn.app.task.BackgroundTask;
import org.sparsegnn.engine.graph.Graph;

/**
 * One item of the dataset chooser: a built-in sample, a named dataset (downloaded on first use), or a file the
 * user opened. {@code loader} runs on a background thread and may report download progress.
 */
public record DatasetEntry(String label, Kind kind, BackgroundTask.Work<Graph> loader) {
    public enum Kind { SAMPLE, NAMED, FILE }

    @Override
    public String toString() {
        return label;
    }
}
