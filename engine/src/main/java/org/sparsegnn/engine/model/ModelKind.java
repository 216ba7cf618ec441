package org.sparsegnn.engine.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Which network a run trains; written in lowercase ("gcn") in configurations, files and on the command line. */
public enum ModelKind {
    /** Kipf and Welling's graph convolutional network (reads the graph's features and edges). */
    GCN,
    /** A fully connected network on node (or edge) features alone. */
    FNN;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ModelKind::id).toList();
    }

    /** The kind named {@code id} (any case). */
    @JsonCreator
    public static ModelKind of(String id) {
        for (ModelKind k : values()) if (k.id().equalsIgnoreCase(id == null ? "" : id.trim())) return k;
        throw new IllegalArgumentException("unknown model '" + id + "'; known: " + String.join(", ", ids()));
    }
}
