package org.sparsegnn.engine.record;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.events.EpochCompleted;
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

    /** Reads a run folder written by {@link RunRecorder} or {@link #save}. A truncated last line is skipped. */
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
        return new Experiment(config, events);
    }

    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (config != null) EventJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(CONFIG).toFile(), config);
        List<String> lines = new ArrayList<>();
        for (TrainingEvent e : events) lines.add(EventJson.toLine(e));
        Files.write(dir.resolve(EVENTS), lines, StandardCharsets.UTF_8);
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
