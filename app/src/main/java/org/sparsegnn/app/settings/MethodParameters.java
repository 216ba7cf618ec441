package org.sparsegnn.app.settings;

import java.util.List;
import org.sparsegnn.engine.sparsity.MethodParam;
import org.sparsegnn.engine.sparsity.SparsityMethods;

/** Adapter from the engine's machine-readable description of a method's hyperparameters to the property sheet. */
final class MethodParameters {
    record Param(String key, double defaultValue, boolean integer, String help, MethodParam source) {
        String problem(double v) {
            String p = source.problem(v);
            return p == null ? null : p.replace(key + " = " + v + " is ", "is ").replace(key + " = " + v + " ", "");
        }
    }

    private MethodParameters() {
    }

    static List<Param> of(String methodId) {
        try {
            return SparsityMethods.describe(methodId).stream()
                    .map(m -> new Param(m.key(), m.defaultValue(), m.integer(), m.help(), m)).toList();
        } catch (IllegalArgumentException unknownMethod) {
            return List.of();
        }
    }
}
