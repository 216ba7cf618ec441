package org.sparsegnn.engine.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.FlopsReported;
import org.sparsegnn.engine.events.MaskInitialized;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.PhaseChanged;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.RunStarted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.WeightSnapshot;

/** One training event per JSON line: {@code {"type":"MaskUpdated","event":{…record fields…}}}. */
public final class EventJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Map<String, Class<? extends TrainingEvent>> TYPES = Map.of(
            "RunStarted", RunStarted.class, "EpochCompleted", EpochCompleted.class, "FlopsReported", FlopsReported.class,
            "MaskInitialized", MaskInitialized.class, "MaskUpdated", MaskUpdated.class,
            "PhaseChanged", PhaseChanged.class, "WeightSnapshot", WeightSnapshot.class,
            "RunFinished", RunFinished.class, "RunFailed", RunFailed.class);

    private EventJson() {
    }

    /** The mapper of the experiment files (NaN allowed, unknown fields ignored) for other run files to share. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toLine(TrainingEvent e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", e.getClass().getSimpleName());
        n.set("event", MAPPER.valueToTree(e));
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise " + e.getClass().getSimpleName(), ex);
        }
    }

    /** Parses one line; {@code where} names the file and line for the error message. */
    public static TrainingEvent fromLine(String line, String where) {
        try {
            JsonNode n = MAPPER.readTree(line);
            String type = n.path("type").asText("");
            Class<? extends TrainingEvent> c = TYPES.get(type);
            if (c == null) throw new IllegalArgumentException(where + ": unknown event type '" + type + "'");
            return MAPPER.treeToValue(n.get("event"), c);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException(where + ": not a training event (" + ex.getOriginalMessage() + ")");
        }
    }
}
