package org.sparsegnn.engine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.TrainingListener;

/**
 * {@code epochs.csv} of all seeds, one line per epoch written and flushed as the epoch completes: a process
 * killed mid-run leaves every completed epoch in the file, each line whole.
 */
final class RunTable implements AutoCloseable {
    static final String HEADER = "seed,epoch,phase,loss,train_accuracy,val_accuracy,test_accuracy,epoch_ms,cumulative_flops";

    private final Path file;
    private final BufferedWriter csv;
    private final List<Double> epochMillis = new ArrayList<>();

    RunTable(Path file) throws IOException {
        this.file = file;
        csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        csv.write(HEADER + "\n");
        csv.flush();
    }

    TrainingListener listenerFor(long seed) {
        return (TrainingEvent e) -> {
            if (e instanceof EpochCompleted ec) append(seed, ec);
        };
    }

    private void append(long seed, EpochCompleted e) {
        epochMillis.add(e.epochMillis());
        try {
            csv.write(String.format(Locale.ROOT, "%d,%d,%s,%.6f,%.6f,%.6f,%.6f,%.4f,%.0f\n", seed, e.epoch(), e.phase(),
                    e.loss(), e.trainAccuracy(), e.valAccuracy(), e.testAccuracy(), e.epochMillis(),
                    e.cumulativeTrainingFlops()));
            csv.flush(); // one short line: one write, so the file never ends inside a line
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot append to " + file + ": " + ErrorMessages.describe(ex), ex);
        }
    }

    double[] epochMillis() {
        return epochMillis.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
