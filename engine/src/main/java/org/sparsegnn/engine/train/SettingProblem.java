package org.sparsegnn.engine.train;

/**
 * One invalid setting of a {@link TrainingConfig}: which setting (its JSON field name; nested ones dotted, e.g.
 * {@code embedding.dimension} or {@code methodParams.delta_t}) and why, in words without the setting's name
 * ("must be in [0, 1), is 1.5"), so that every front end can name the setting its own way (the CLI's
 * {@code --sparsity}, the app's "Target sparsity").
 *
 * @param setting the setting's name in the configuration
 * @param reason  why its value is not accepted
 */
public record SettingProblem(String setting, String reason) {
    /** The problem as one sentence naming the setting as the configuration does. */
    public String sentence() {
        return setting + " " + reason;
    }
}
