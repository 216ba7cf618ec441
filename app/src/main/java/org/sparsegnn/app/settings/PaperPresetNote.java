package org.sparsegnn.app.settings;

import java.util.List;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.train.ConfigPresets;
import org.sparsegnn.engine.train.PaperPreset;
import org.sparsegnn.engine.train.PresetAdaptation;
import org.sparsegnn.engine.train.TrainingConfig;
import org.sparsegnn.engine.train.TrainingConfigBuilder;
import org.sparsegnn.engine.train.TrainingExamples;

/**
 * The engine's presets as the settings pane applies them: the paper preset adapted to the loaded graph's size (as
 * the CLI's {@code --preset paper} on that graph), and the sentence under the preset buttons that says what
 * changed and what was adapted, and why.
 */
final class PaperPresetNote {
    private Graph graph;
    private List<PresetAdaptation> last = List.of();

    /** The graph the paper preset adapts to (null before one is loaded: the literal settings). */
    void graph(Graph g) {
        graph = g;
    }

    /** {@code config} with the named preset; remembers what the paper preset adapted. */
    TrainingConfig apply(String name, TrainingConfig config) {
        PaperPreset.Adapted a = applied(name, config);
        last = a.adaptations();
        return a.config();
    }

    /** As {@link #apply}, without remembering (the Fig. 7 comparison's two runs). */
    PaperPreset.Adapted applied(String name, TrainingConfig config) {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(config);
        b.preset = name;
        TrainingConfig c = b.build();
        if (!ConfigPresets.PAPER.equals(name) || graph == null) return new PaperPreset.Adapted(ConfigPresets.apply(c), List.of());
        try {
            return ConfigPresets.apply(c, TrainingExamples.count(graph, c));
        } catch (IllegalArgumentException e) { // nothing to count (no labels): the literal settings; a run says why
            return new PaperPreset.Adapted(ConfigPresets.apply(c), List.of());
        }
    }

    List<PresetAdaptation> lastAdaptations() {
        return last;
    }

    /** "Paper settings for GCN + rigl: Epochs 200 → 300, …. Adapted to this graph: batch_size 1024 → 60 (…)." */
    String describe(String what, List<String> changed, boolean literal) {
        String text = changed.isEmpty() ? "The settings already match the paper's for " + what + "."
                : (literal ? "The paper's exact settings for " : "Paper settings for ") + what + ": "
                + String.join(", ", changed) + ".";
        if (literal || last.isEmpty()) return text;
        List<String> why = last.stream().map(a -> a.setting() + " " + a.literal() + " → " + a.adapted() + " (" + a.reason() + ")").toList();
        return text + " Adapted to this graph: " + String.join("; ", why) + ". \"Paper, literal\" keeps the paper's values.";
    }
}
