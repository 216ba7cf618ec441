package org.sparsegnn.engine.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.PhaseChanged;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.RunStarted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.TrainingListener;
import org.sparsegnn.engine.train.TrainingConfig;

/** The human-readable log of one trial (its {@value SweepTrial#LOG}): where it ran, every epoch, the outcome. */
final class TrialLog implements TrainingListener {
    private final StringBuilder text = new StringBuilder();

    TrialLog(List<String> header, Sweep.Plan plan, TrainingConfig config) {
        for (String h : header) line(h);
        line("trial " + plan.id() + " (" + plan.describe() + "), started " + Instant.now());
        line("config " + config);
    }

    @Override
    public synchronized void onEvent(TrainingEvent event) {
        if (event instanceof RunStarted s) {
            line("run " + s.runId() + ", " + s.totalEpochs() + " epochs, backend " + s.backend());
        } else if (event instanceof PhaseChanged p) {
            line("epoch " + p.epoch() + ": phase " + p.fromPhase() + " -> " + p.toPhase() + " (" + p.description() + ")");
        } else if (event instanceof MaskUpdated m) {
            line("epoch " + m.epoch() + ": mask of " + m.layer() + " updated (" + m.reason() + ")");
        } else if (event instanceof EpochCompleted e) {
            line(String.format(Locale.ROOT, "epoch %d [%s] loss %.4f train %.4f val %.4f test %.4f (%.1f ms)", e.epoch(),
                    e.phase(), e.loss(), e.trainAccuracy(), e.valAccuracy(), e.testAccuracy(), e.epochMillis()));
        } else if (event instanceof RunFinished f) {
            Map<String, Double> sorted = new TreeMap<>(f.metrics());
            line(String.format(Locale.ROOT, "finished in %.2f s, best epoch %d: %s", f.wallSeconds(), f.bestEpoch(), sorted));
        } else if (event instanceof RunFailed f) {
            line("FAILED at epoch " + f.epoch() + ": " + f.message());
            if (f.detail() != null && !f.detail().isBlank()) text.append(f.detail()).append('\n');
        }
    }

    synchronized void failed(String stackTrace) {
        line("FAILED before or after training:");
        text.append(stackTrace).append('\n');
    }

    private void line(String s) {
        text.append(s).append('\n');
    }

    synchronized String text() {
        return text.toString();
    }
}
