package org.sparsegnn.engine.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Named presets ({@code --preset paper}) that rewrite a base configuration before explicitly given options are
 * applied on top. Each preset is registered by the code that knows its settings (the sparsity methods).
 */
public final class ConfigPresets {
    private static final Map<String, UnaryOperator<TrainingConfig>> PRESETS = new LinkedHashMap<>();

    static {
        register("paper", org.sparsegnn.engine.train.PaperPreset::apply);
    }

    private ConfigPresets() {
    }

    public static synchronized void register(String name, UnaryOperator<TrainingConfig> preset) {
        PRESETS.put(name, preset);
    }

    public static synchronized List<String> names() {
        return List.copyOf(PRESETS.keySet());
    }

    /** The config with its {@code preset()} applied; "" means none. */
    public static synchronized TrainingConfig apply(TrainingConfig config) {
        String name = config.preset() == null ? "" : config.preset();
        if (name.isEmpty()) return config;
        UnaryOperator<TrainingConfig> p = PRESETS.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown preset '" + name + "'; known: "
                    + (PRESETS.isEmpty() ? "(none registered)" : String.join(", ", PRESETS.keySet())));
        }
        return p.apply(config);
    }
}
