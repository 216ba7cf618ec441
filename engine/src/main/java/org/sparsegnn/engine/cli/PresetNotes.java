package org.sparsegnn.engine.cli;

import java.io.PrintStream;
import java.util.List;
import org.sparsegnn.engine.train.PresetAdaptation;

/** The first lines of a command that ran the adapted paper preset: what changed from the paper's values, and why. */
final class PresetNotes {
    private PresetNotes() {
    }

    static void print(List<PresetAdaptation> adaptations, String graph, PrintStream out) {
        if (adaptations.isEmpty()) return;
        out.println("preset paper, adapted to " + graph + " (the paper's exact values: --preset paper-literal):");
        for (PresetAdaptation a : adaptations) out.println("  " + a.describe());
    }
}
