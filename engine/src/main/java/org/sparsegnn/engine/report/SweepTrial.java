package org.sparsegnn.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.TrainingListener;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.record.EventJson;
import org.sparsegnn.engine.record.RunRecorder;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * One trial of a sweep, run into its own folder: the run's record as the app saves runs ({@code config.json},
 * {@code events.jsonl}, {@code epochs.csv}, {@code masks.npz}; the app opens the folder as a run), its log
 * ({@value #LOG}) and, last, {@value #SUMMARY}: the finished (or diverged) trial exactly (every metric, the accuracy curve, the
 * dataset and the config), from which a sweep is merged without retraining. A folder without a summary is not a
 * finished trial. Writing the folder atomically is the caller's part ({@link SweepFolder}, the Spark front end).
 */
public final class SweepTrial {
    public static final String SUMMARY = "summary.json";
    public static final String LOG = "log.txt";

    /** A finished trial read back from its summary. */
    public record Stored(String dataset, SweepRun run, JsonNode config) {
    }

    /** The trial's run failed (or could not start); its folder holds the log, no summary. */
    public static final class Failed extends Exception {
        public Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SweepTrial() {
    }

    /**
     * Trains {@code plan} with {@code config} on {@code graph} and writes the trial into {@code dir} (created).
     * {@code logHeader} lines open the log (where and when it ran); {@code listener} sees every event.
     */
    public static SweepRun run(Graph graph, String dataset, Sweep.Plan plan, TrainingConfig config, Path dir,
                               List<String> logHeader, TrainingListener listener) throws Failed, IOException {
        Files.createDirectories(dir);
        TrialLog log = new TrialLog(logHeader, plan, config);
        List<SweepRun.EpochPoint> curve = new ArrayList<>();
        TrainingEvent end;
        long started = System.nanoTime();
        try (RunRecorder recorder = new RunRecorder(dir, config, false)) {
            end = Sweep.train(graph, config, curve, recorder, log, listener);
        } catch (RuntimeException | Error e) { // the task could not be built, or a listener could not write
            log.failed(stackTrace(e));
            Files.writeString(dir.resolve(LOG), log.text(), StandardCharsets.UTF_8);
            throw new Failed(plan.describe() + ": " + oneLine(e), e);
        }
        Files.writeString(dir.resolve(LOG), log.text(), StandardCharsets.UTF_8);
        SweepRun run = Sweep.result(plan, end, curve, (System.nanoTime() - started) / 1e9);
        if (run == null) throw new Failed(plan.describe() + ": " + ((RunFailed) end).message(), null);
        Files.write(dir.resolve(SUMMARY), summary(dataset, plan, run, config));
        return run;
    }

    /** The bytes of {@value #SUMMARY}. */
    static byte[] summary(String dataset, Sweep.Plan plan, SweepRun run, TrainingConfig config) {
        ObjectMapper json = EventJson.mapper();
        ObjectNode n = json.createObjectNode();
        n.put("trial", plan.id());
        n.put("dataset", dataset);
        n.set("run", json.valueToTree(run));
        n.set("config", json.valueToTree(config));
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a {@value #SUMMARY}; {@code where} names it in the error message. */
    public static Stored readSummary(InputStream in, String where) throws IOException {
        ObjectMapper json = EventJson.mapper();
        try {
            JsonNode n = json.readTree(in);
            if (n == null || !n.has("run") || !n.has("config")) throw new IOException(where + ": not a sweep trial summary");
            return new Stored(n.path("dataset").asText(""), json.treeToValue(n.get("run"), SweepRun.class), n.get("config"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(where + ": not a sweep trial summary (" + e.getOriginalMessage() + ")");
        }
    }

    /**
     * Null when {@code stored} is a finished run of {@code config} on {@code dataset}; otherwise what differs, in
     * words (the first differing setting), so a rerun into a folder of another sweep is refused, not mixed in.
     */
    public static String mismatch(Stored stored, String dataset, TrainingConfig config) {
        if (!stored.dataset().equals(dataset)) return "dataset " + stored.dataset() + " there, " + dataset + " now";
        ObjectMapper json = EventJson.mapper();
        JsonNode now = json.valueToTree(config);
        JsonNode then;
        try { // through the record, so that numbers compare by value (a seed read back as int, written as long)
            then = json.valueToTree(json.treeToValue(stored.config(), TrainingConfig.class));
        } catch (IOException | IllegalArgumentException e) {
            return "its config is unreadable";
        }
        if (now.equals(then)) return null;
        for (var it = now.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!now.get(f).equals(then.get(f))) return f + " " + then.path(f) + " there, " + now.get(f) + " now";
        }
        return "other settings";
    }

    /** An exception's message in one line (its class name when it has none). */
    public static String oneLine(Throwable t) {
        String m = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    public static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
