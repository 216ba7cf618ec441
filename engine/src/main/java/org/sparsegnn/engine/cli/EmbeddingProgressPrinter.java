package org.sparsegnn.engine.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.sparsegnn.engine.embed.EmbeddingProgress;

/** Prints embedding progress to stderr, one line per stage and 10 %, with elapsed seconds. */
final class EmbeddingProgressPrinter implements EmbeddingProgress {
    private final String what;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private String stage = "";
    private int decile = -1;

    EmbeddingProgressPrinter(String what, PrintStream out) {
        this.what = what;
        this.out = out;
    }

    @Override
    public synchronized void update(String newStage, double fraction) {
        int d = (int) Math.floor(fraction * 10 + 1e-9);
        if (newStage.equals(stage) && d <= decile) return;
        stage = newStage;
        decile = d;
        out.printf(Locale.ROOT, "embedding %s: %s %d%% (%.1f s)%n", what, newStage, d * 10, (System.nanoTime() - started) / 1e9);
    }
}
