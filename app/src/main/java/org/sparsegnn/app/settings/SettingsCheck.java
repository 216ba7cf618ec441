package org.sparsegnn.app.settings;

import static org.sparsegnn.app.settings.SettingsViewModel.EMBEDDING;
import static org.sparsegnn.app.settings.SettingsViewModel.EMBEDDING_TOPK;
import static org.sparsegnn.app.settings.SettingsViewModel.PRUNABLE;
import static org.sparsegnn.app.settings.SettingsViewModel.TASK;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sparsegnn.engine.train.SettingProblem;
import org.sparsegnn.engine.train.SettingsValidator;
import org.sparsegnn.engine.train.TaskKind;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * Validation of the property sheet, in three steps, each only when the one before found nothing: values that
 * cannot be read at all (not a number, not a list of sizes); what a run accepts, which is the engine's
 * {@link SettingsValidator} (the CLI asks it too); what the loaded graph allows.
 */
final class SettingsCheck {
    /** The first problem in words ("" when there is none) and the keys of every setting found invalid. */
    record Result(String problem, Set<String> invalid) {
    }

    private SettingsCheck() {
    }

    /**
     * @param config     the configuration the settings describe (asked only when every value can be read)
     * @param hasLabels  whether the loaded graph has node labels
     * @param hasFeatures whether the loaded graph has node features
     */
    static Result check(List<Setting> settings, Function<String, Setting> byKey, Supplier<TrainingConfig> config,
                        boolean hasLabels, boolean hasFeatures) {
        Set<String> invalid = new LinkedHashSet<>();
        String first = "";
        for (Setting s : settings) {
            String p = s.problem();
            if (p != null) {
                invalid.add(s.key());
                if (first.isEmpty()) first = p;
            }
        }
        if (!first.isEmpty()) return new Result(first, invalid);
        TrainingConfig c = config.get();
        for (SettingProblem p : SettingsValidator.problems(c)) {
            Setting s = byKey.apply(sheetKey(p.setting()));
            if (s != null) invalid.add(s.key());
            if (first.isEmpty()) first = s == null ? p.sentence() : s.label() + ": " + p.reason();
        }
        if (first.isEmpty()) first = graphProblem(c, hasLabels, hasFeatures, invalid);
        return new Result(first, invalid);
    }

    /** The sheet's key of an engine setting name (the same name, apart from these). */
    private static String sheetKey(String setting) {
        if (setting.startsWith("methodParams.")) return ConfigMapping.PARAM + setting.substring("methodParams.".length());
        return switch (setting) {
            case "prunableLayers" -> PRUNABLE;
            case "embedding.method" -> EMBEDDING;
            case "embedding.topkPercent" -> EMBEDDING_TOPK;
            default -> setting;
        };
    }

    /** What the loaded graph cannot do with these settings; "" when it can. */
    private static String graphProblem(TrainingConfig c, boolean hasLabels, boolean hasFeatures, Set<String> invalid) {
        if (c.task() == TaskKind.LINK) return "";
        if (!hasLabels) {
            invalid.add(TASK);
            return "Task: this graph has no node labels to classify; choose link prediction";
        }
        if (!c.embedding().enabled() && !hasFeatures) {
            invalid.add(EMBEDDING);
            return "Embedding: this graph has no node features; choose deepwalk or node2vec embeddings (with model fnn)";
        }
        return "";
    }
}
