package org.sparsegnn.engine.train;

/**
 * One setting the adapted paper preset changed from the paper's literal value for the graph at hand, and why.
 * Written into {@code summary.json} ({@code preset_adaptations}), printed by the CLI and shown by the app.
 *
 * @param setting config field or method parameter, e.g. "batch_size", "delta_t"
 * @param literal the paper's value
 * @param adapted the value used
 * @param reason  one sentence with the numbers behind it
 */
public record PresetAdaptation(String setting, String literal, String adapted, String reason) {
    public String describe() {
        return setting + " " + literal + " → " + adapted + ": " + reason;
    }
}
