package org.sparsegnn.engine.record;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.TrainingListener;
import org.sparsegnn.engine.events.WeightSnapshot;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * Records a run as it goes: the {@link MaskHistory}, the epochs, and (with a folder) the files of an
 * {@link Experiment}, so that a process killed at any moment (kill -9, a power cut after the disk caught up)
 * loses at most the epoch in progress:
 * <ul>
 *   <li>{@code config.json} is written in one step ({@link AtomicFiles}) before training;</li>
 *   <li>{@code events.jsonl} is appended and flushed at every epoch end; {@link Experiment#load} reads a log cut
 *       short up to its last complete epoch;</li>
 *   <li>{@code epochs.csv} gets one flushed line per epoch, after the log (so it never runs ahead of it), and is
 *       replaced in one step at the end with every column that occurred;</li>
 *   <li>{@code masks.npz} (see {@link MaskHistoryNpz}) is written in one step at the end; a stale one from an
 *       earlier recording in the folder is removed first.</li>
 * </ul>
 * WeightSnapshot events are not stored in events.jsonl (they are large; masks live in the history); pass
 * {@code keepWeights} to keep them.
 */
public final class RunRecorder implements TrainingListener, AutoCloseable {
    static final String EPOCHS_CSV = "epochs.csv", MASKS = "masks.npz";

    private final Path dir;
    private final boolean keepWeights;
    private final MaskHistory history = new MaskHistory();
    private final List<EpochCompleted> epochs = Collections.synchronizedList(new ArrayList<>());
    private BufferedWriter events;
    private BufferedWriter csv;
    private EpochsCsv csvColumns;
    private volatile RunFinished finished;

    /** Memory only (the app's live view). */
    public RunRecorder() {
        this(null, null, false);
    }

    /** Writes into {@code dir} (created if needed); {@code config} may be null. */
    public RunRecorder(Path dir, TrainingConfig config, boolean keepWeights) {
        this.dir = dir;
        this.keepWeights = keepWeights;
        if (dir == null) return;
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve(MASKS));
            if (config != null) {
                AtomicFiles.write(dir.resolve(Experiment.CONFIG), EventJson.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(config));
            }
            events = Files.newBufferedWriter(dir.resolve(Experiment.EVENTS), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run record in " + dir + ": " + ErrorMessages.describe(e), e);
        }
    }

    @Override
    public void onEvent(TrainingEvent event) {
        history.accept(event);
        if (event instanceof EpochCompleted e) epochs.add(e);
        if (event instanceof RunFinished f) finished = f;
        if (events == null) return;
        try {
            if (!(event instanceof WeightSnapshot) || keepWeights) {
                events.write(EventJson.toLine(event));
                events.newLine();
            }
            if (event instanceof EpochCompleted e) {
                events.flush();
                appendCsv(e);
            }
            if (event instanceof RunFinished || event instanceof RunFailed) finish();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot append to the run record in " + dir + ": " + ErrorMessages.describe(ex), ex);
        }
    }

    private void appendCsv(EpochCompleted e) throws IOException {
        if (csv == null) {
            csvColumns = EpochsCsv.covering(List.of(e));
            csv = Files.newBufferedWriter(dir.resolve(EPOCHS_CSV), StandardCharsets.UTF_8);
            csv.write(csvColumns.header());
            csv.newLine();
        }
        csv.write(csvColumns.row(e));
        csv.newLine();
        csv.flush();
    }

    private void finish() throws IOException {
        close();
        AtomicFiles.write(dir.resolve(EPOCHS_CSV), EpochsCsv.covering(epochs()).render(epochs()));
        if (!history.isEmpty()) MaskHistoryNpz.write(history, dir.resolve(MASKS));
    }

    @Override
    public void close() throws IOException {
        if (events != null) {
            events.close();
            events = null;
        }
        if (csv != null) {
            csv.close();
            csv = null;
        }
    }

    public MaskHistory history() {
        return history;
    }

    public List<EpochCompleted> epochs() {
        synchronized (epochs) {
            return List.copyOf(epochs);
        }
    }

    /** The RunFinished event, or null while running / after a failure. */
    public RunFinished finished() {
        return finished;
    }
}
