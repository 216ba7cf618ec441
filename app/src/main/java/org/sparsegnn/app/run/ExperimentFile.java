package org.sparsegnn.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.MaskInitialized;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.PhaseChanged;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.RunStarted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.WeightSnapshot;

/**
 * Saves runs (settings + the recorded event history, so masks and curves replay without retraining) as one JSON
 * file, and reads them back. Format: {@code {"format":"sparsegnn-experiment","version":1,"runs":[{"events":[
 * {"type":"EpochCompleted", ...}, ...]}]}}; the last weight snapshot of each layer is kept.
 */
public final class ExperimentFile {
    static final String FORMAT = "sparsegnn-experiment";
    private static final Map<String, Class<? extends TrainingEvent>> TYPES = Map.of(
            "RunStarted", RunStarted.class, "EpochCompleted", EpochCompleted.class,
            "MaskInitialized", MaskInitialized.class, "MaskUpdated", MaskUpdated.class,
            "PhaseChanged", PhaseChanged.class, "WeightSnapshot", WeightSnapshot.class,
            "RunFinished", RunFinished.class, "RunFailed", RunFailed.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ExperimentFile() {
    }

    public static void save(Path file, List<RunRecord> runs) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        ArrayNode arr = root.putArray("runs");
        for (RunRecord r : runs) {
            ArrayNode events = arr.addObject().putArray("events");
            for (TrainingEvent e : r.replayLog()) add(events, e);
            for (Map.Entry<String, WeightHistory> w : r.weights().entrySet()) {
                float[] v = w.getValue().latest();
                LayerMaskHistory h = r.masks().get(w.getKey());
                if (v != null && h != null) {
                    add(events, new WeightSnapshot(r.runId(), w.getKey(), r.lastEpoch(), 0, h.rows(), h.cols(), v));
                }
            }
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), root);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void add(ArrayNode events, TrainingEvent e) {
        ObjectNode n = JSON.valueToTree(e);
        n.put("type", e.getClass().getSimpleName());
        events.add(n);
    }

    /** Event logs of every run in the file; a clear one-line error for anything that is not such a file. */
    public static List<List<TrainingEvent>> load(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not a JSON experiment file (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + ": not a sparsegnn experiment file (missing \"format\": \"" + FORMAT + "\")");
        }
        List<List<TrainingEvent>> out = new ArrayList<>();
        int runNo = 0;
        for (JsonNode run : root.path("runs")) {
            runNo++;
            List<TrainingEvent> events = new ArrayList<>();
            int i = 0;
            for (JsonNode ev : run.path("events")) {
                i++;
                Class<? extends TrainingEvent> type = TYPES.get(ev.path("type").asText());
                if (type == null) throw new IOException(file + ": run " + runNo + ", event " + i + ": unknown type '" + ev.path("type").asText() + "'");
                ObjectNode copy = ((ObjectNode) ev).deepCopy();
                copy.remove("type");
                try {
                    events.add(JSON.treeToValue(copy, type));
                } catch (IOException e) {
                    throw new IOException(file + ": run " + runNo + ", event " + i + ": " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
            out.add(events);
        }
        return out;
    }
}
