package org.sparsegnn.app.settings;

import java.util.List;

/**
 * Adapter from the engine's per-method hyperparameter description to what the property sheet needs. Until the
 * engine describes a method's parameters, a method simply has none.
 */
final class MethodParameters {
    record Param(String key, double defaultValue, double min, double max, boolean integer, String help) {
        String problem(double v) {
            if (Double.isNaN(v) || v < min || v > max) return "must be between " + min + " and " + max + " (is " + v + ")";
            if (integer && v != Math.rint(v)) return "must be a whole number (is " + v + ")";
            return null;
        }
    }

    private MethodParameters() {
    }

    static List<Param> of(String methodId) {
        return List.of();
    }
}
