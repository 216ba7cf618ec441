package org.sparsegnn.engine.train;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a run learns to predict; written in lowercase ("node") in configurations, files and on the command line. */
public enum TaskKind {
    /** Node classification: a class per node. */
    NODE,
    /** Link prediction: whether a node pair is an edge (held-out edges against sampled non-edges). */
    LINK;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(TaskKind::id).toList();
    }

    /** The kind named {@code id} (any case). */
    @JsonCreator
    public static TaskKind of(String id) {
        for (TaskKind k : values()) if (k.id().equalsIgnoreCase(id == null ? "" : id.trim())) return k;
        throw new IllegalArgumentException("unknown task '" + id + "'; known: " + String.join(", ", ids()));
    }
}
