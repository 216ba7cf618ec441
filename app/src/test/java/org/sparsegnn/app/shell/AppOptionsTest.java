package org.sparsegnn.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sparsegnn.app.theme.Theme;

class AppOptionsTest {
    @Test
    void parsesTheScriptingOptions() {
        AppOptions o = AppOptions.parse(List.of("--dataset", "cora", "--model", "fnn", "--method", "rigl",
                "--sparsity", "0.9", "--epochs", "50", "--screenshot", "out.png", "--after-epochs", "10"));
        assertEquals("cora", o.dataset());
        assertEquals("fnn", o.model());
        assertEquals(0.9, o.sparsity());
        assertEquals(50, o.epochs());
        assertEquals(Path.of("out.png"), o.screenshot());
        assertEquals(10, o.afterEpochs());
        assertTrue(o.run(), "--after-epochs implies a run");
        AppOptions link = AppOptions.parse(List.of("--task", "link", "--embedding-topk", "3.28"));
        assertEquals("link", link.task());
        assertEquals(3.28, link.embeddingTopk());
        assertEquals(null, o.task());
    }

    @Test
    void badOptionsAreExplained() {
        var e = assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--sparsity", "lots")));
        assertEquals("Invalid value for option '--sparsity': 'lots' is not a double", e.getMessage());
        var unknown = assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--frobnicate")));
        assertEquals("Unknown option: '--frobnicate'", unknown.getMessage());
        var theme = assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--theme", "neon")));
        assertTrue(theme.getMessage().startsWith("Invalid value for option '--theme'"), theme.getMessage());
        assertEquals(Theme.DARK, AppOptions.parse(List.of("--theme", "DARK")).theme());
        var model = assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--model", "transformer")));
        assertEquals("Invalid value for option '--model': unknown model 'transformer'; known: gcn, fnn", model.getMessage());
        var view = assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--view", "heatmap")));
        assertEquals("--view must be one of [accuracy-loss, mask-heatmap, flops, sparsity-sweep, runs], got 'heatmap'",
                view.getMessage());
        assertEquals("mask-heatmap", AppOptions.parse(List.of("--view", "mask-heatmap")).view());
        var preset = assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--preset", "huge")));
        assertEquals("--preset must be one of [tiny, paper], got 'huge'", preset.getMessage());
    }

    @Test
    void helpIsAskedForNotAnError() {
        String help = AppOptions.parse(List.of("--help")).helpText();
        assertTrue(help.contains("--dataset") && help.contains("--sweep"), help);
        assertEquals(null, AppOptions.parse(List.of("--run")).helpText());
        assertTrue(AppOptions.parse(List.of("--demo")).run(), "--demo implies a run");
    }

    @Test
    void presetAndPresenterForScriptedTalks() {
        AppOptions o = AppOptions.parse(List.of("--preset", "Tiny", "--presenter", "--run"));
        assertEquals("tiny", o.preset());
        assertTrue(o.presenter());
        assertEquals(null, AppOptions.parse(List.of()).preset());
        AppOptions sweep = AppOptions.parse(List.of("--sweep", "rigl,set:0.5,0.9"));
        assertEquals("rigl,set", sweep.sweepMethods());
        assertEquals("0.5,0.9", sweep.sweepSparsities());
        var bad = assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--sweep", "rigl")));
        assertEquals("--sweep needs METHODS:SPARSITIES, e.g. rigl,set:0.5,0.8,0.9, got 'rigl'", bad.getMessage());
    }
}
