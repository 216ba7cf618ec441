package org.sparsegnn.engine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.TrainingListener;

/** Collects EpochCompleted events of all seeds and renders {@code epochs.csv}. */
final class RunTable {
    static final String HEADER = "seed,epoch,phase,loss,train_accuracy,val_accuracy,test_accuracy,epoch_ms,cumulative_flops";

    private record Row(long seed, EpochCompleted e) {
    }

    private final List<Row> rows = new ArrayList<>();

    TrainingListener listenerFor(long seed) {
        return (TrainingEvent e) -> {
            if (e instanceof EpochCompleted ec) rows.add(new Row(seed, ec));
        };
    }

    double[] epochMillis() {
        return rows.stream().mapToDouble(r -> r.e.epochMillis()).toArray();
    }

    String csv() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Row r : rows) {
            EpochCompleted e = r.e;
            sb.append(String.format(Locale.ROOT, "%d,%d,%s,%.6f,%.6f,%.6f,%.6f,%.4f,%.0f%n", r.seed, e.epoch(),
                    e.phase(), e.loss(), e.trainAccuracy(), e.valAccuracy(), e.testAccuracy(), e.epochMillis(),
                    e.cumulativeTrainingFlops()));
        }
        return sb.toString();
    }
}
