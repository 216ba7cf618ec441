package org.sparsegnn.engine.cli;

import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.TrainingListener;

/** A progress bar over all epochs of all seeds, shown only when a terminal is attached. */
final class ProgressListener implements TrainingListener, AutoCloseable {
    private final ProgressBar bar;

    ProgressListener(String task, long totalEpochs) {
        bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName(task).setInitialMax(totalEpochs)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build();
    }

    @Override
    public void onEvent(TrainingEvent event) {
        if (bar != null && event instanceof EpochCompleted e) {
            bar.step();
            bar.setExtraMessage(String.format(Locale.ROOT, "loss %.3f val %.3f", e.loss(), e.valAccuracy()));
        }
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
