package org.sparsegnn.app.settings;

import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.sparsity.SparsityMethods;

/** Adapter from the engine's machine-readable description of a method's hyperparameters to the property sheet. */
final class MethodParameters {
    /** What the property sheet calls each engine key (students read "ΔT", not "delta_t"); the key is in the tooltip. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("delta_t", "ΔT (update interval)"),
            Map.entry("drop_fraction", "Drop fraction α"),
            Map.entry("drop_fraction_end", "Final drop fraction"),
            Map.entry("t_end", "Freeze mask at t_end"),
            Map.entry("skip_step", "Skip step at updates"),
            Map.entry("sparse_init", "Rescale sparse init"),
            Map.entry("c", "Exploration weight c"),
            Map.entry("eps", "Exploration ε"),
            Map.entry("dense_epochs", "Dense epochs T1"),
            Map.entry("reweight_epochs", "Re-weight epochs T2"),
            Map.entry("retrain_epochs", "Retrain epochs T3"),
            Map.entry("rho", "Penalty ρ"),
            Map.entry("s0", "Multiplier step s0"),
            Map.entry("r", "Step exponent r"),
            Map.entry("M", "Step constant M"),
            Map.entry("global", "One global top-k"),
            Map.entry("initial_sparsity", "Initial sparsity"),
            Map.entry("start", "Pruning starts at"),
            Map.entry("end", "Target reached at"),
            Map.entry("prune_at", "Prune after"));

    /** The property sheet's name for an engine key (the key itself when none is known). */
    static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }

    record Param(String key, double defaultValue, boolean integer, String help) {
    }

    private MethodParameters() {
    }

    static List<Param> of(String methodId) {
        try {
            return SparsityMethods.describe(methodId).stream()
                    .map(m -> new Param(m.key(), m.defaultValue(), m.integer(), m.help())).toList();
        } catch (IllegalArgumentException unknownMethod) {
            return List.of();
        }
    }
}
