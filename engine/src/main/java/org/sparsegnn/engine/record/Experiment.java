package org.sparsegnn.engine.record;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.RunStarted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * A saved run: its settings ({@value #CONFIG}, a TrainingConfig as JSON; absent if unknown) and its event stream
 * ({@value #EVENTS}, one event per line, append-only while the run goes). Loading it gives back everything the
 * app needs to replay the run without retraining: feed {@link #replay} to the same listeners a live run has.
 */
public record Experiment(TrainingConfig config, List<TrainingEvent> events) {
    public static final String CONFIG = "config.json";
    public static final String EVENTS = "events.jsonl";

    public Experiment {
        events = List.copyOf(events);
    }

    /**
     * Reads a run folder written by {@link RunRecorder} or {@link #save}. A log cut short (the process was killed
     * while recording or saving) is read up to its last complete epoch: a truncated last line and the events of
     * the unfinished epoch are left out, and a RunFailed of kind INTERRUPTED says where the recording ends.
     */
    public static Experiment load(Path dir) throws IOException {
        Path eventsFile = dir.resolve(EVENTS);
        if (!Files.isRegularFile(eventsFile)) throw new IOException(eventsFile + ": no such file (not a saved run)");
        TrainingConfig config = null;
        Path configFile = dir.resolve(CONFIG);
        if (Files.isRegularFile(configFile)) {
            try {
                config = EventJson.MAPPER.readValue(configFile.toFile(), TrainingConfig.class);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                throw new IOException(configFile + ": not a training config" + (at == null ? ""
                        : " (unexpected content at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
            } catch (IOException e) {
                throw new IOException(configFile + ": cannot read: " + ErrorMessages.describe(e), e);
            }
        }
        List<TrainingEvent> events = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(eventsFile, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            String pending = null;
            while ((line = r.readLine()) != null) {
                n++;
                if (pending != null) events.add(EventJson.fromLine(pending, eventsFile + ":" + (n - 1)));
                pending = line.isBlank() ? null : line;
            }
            if (pending != null) {
                try {
                    events.add(EventJson.fromLine(pending, eventsFile + ":" + n));
                } catch (IllegalArgumentException truncated) {
                    // the run crashed while writing its last line: everything before it is intact
                }
            }
        }
        return new Experiment(config, upToLastCompleteEpoch(events));
    }

    /** A log without its terminal event ends with the last EpochCompleted and an INTERRUPTED marker. */
    static List<TrainingEvent> upToLastCompleteEpoch(List<TrainingEvent> events) {
        if (events.isEmpty() || events.stream().anyMatch(e -> e instanceof RunFinished || e instanceof RunFailed)) return events;
        int end = 1; // RunStarted at least
        int epoch = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof EpochCompleted c) {
                end = i + 1;
                epoch = c.epoch();
            }
        }
        List<TrainingEvent> kept = new ArrayList<>(events.subList(0, end));
        kept.add(new RunFailed(events.get(0).runId(), epoch, "the recording ends after epoch " + epoch
                + ": the process that trained or saved the run stopped before it finished", "", RunFailed.Kind.INTERRUPTED));
        return kept;
    }

    /**
     * Writes the run into {@code dir}. {@code config.json} is replaced in one step; a first {@code events.jsonl}
     * is written front to back (a save cut short keeps the epochs written so far, which {@link #load} reads); an
     * existing one is replaced in one step, so a save cut short keeps the earlier copy whole.
     */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (config != null) {
            AtomicFiles.write(dir.resolve(CONFIG), EventJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(config));
        }
        Path file = dir.resolve(EVENTS);
        if (Files.exists(file)) {
            AtomicFiles.write(file, this::writeEvents);
        } else {
            try (OutputStream out = Files.newOutputStream(file)) {
                writeEvents(out);
            }
        }
    }

    private void writeEvents(OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        for (TrainingEvent e : events) {
            w.write(EventJson.toLine(e));
            w.write('\n');
        }
        w.flush();
    }

    public MaskHistory maskHistory() {
        MaskHistory h = new MaskHistory();
        events.forEach(h::accept);
        return h;
    }

    public List<EpochCompleted> epochs() {
        return events.stream().filter(e -> e instanceof EpochCompleted).map(e -> (EpochCompleted) e).toList();
    }

    public Optional<RunStarted> started() {
        return events.stream().filter(e -> e instanceof RunStarted).map(e -> (RunStarted) e).findFirst();
    }

    public Optional<RunFinished> finished() {
        return events.stream().filter(e -> e instanceof RunFinished).map(e -> (RunFinished) e).findFirst();
    }
}
