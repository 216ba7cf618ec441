package org.sparsegnn.app.heatmap;

import java.util.BitSet;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.sparsegnn.app.run.RunStore;
import org.sparsegnn.app.theme.MaskPalette;
import org.sparsegnn.engine.record.MaskHistory;

/**
 * How often the heatmap can redraw a Cora-sized first layer (1433 × 256, 10 % active): the renderer alone (pixels
 * and density strips) and the whole panel on the FX thread (render, upscale, PixelWriter upload, strips). A
 * benchmark, not a test: timings on a shared machine are no pass/fail criterion. Run (after {@code mvn -B
 * -DskipTests package}; headless through Monocle):
 * <pre>
 * java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *   -cp "app/target/classes:app/target/test-classes:app/target/lib/*:$HOME/.m2/repository/org/testfx/openjfx-monocle/17.0.10/openjfx-monocle-17.0.10.jar" \
 *   org.sparsegnn.app.heatmap.HeatmapRedrawBench [FRAMES]
 * </pre>
 */
public final class HeatmapRedrawBench {
    private static final int ROWS = 1433, COLS = 256, N = ROWS * COLS;

    private HeatmapRedrawBench() {
    }

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Random r = new Random(1);
        BitSet mask = new BitSet(N);
        for (int i = 0; i < N; i++) if (r.nextDouble() < 0.1) mask.set(i);
        int[] levels = r.ints(N, 0, 256).toArray();
        int[] dropped = r.ints(3000, 0, N).sorted().distinct().toArray();
        int[] grown = r.ints(3000, 0, N).sorted().distinct().toArray();
        var update = new MaskHistory.Delta(1, 1, 0, "rigl", dropped, grown, new int[0], mask.cardinality());
        HeatmapRenderer renderer = new HeatmapRenderer(MaskPalette.standard());
        int[] out = new int[N];

        double render = perSecond(frames, () -> {
            renderer.render(ROWS, COLS, mask, update, levels, out);
            HeatmapRenderer.rowDensity(ROWS, COLS, mask);
            HeatmapRenderer.colDensity(ROWS, COLS, mask);
        });
        System.out.printf(Locale.ROOT, "renderer 1433x256 (pixels + density strips): %.0f redraws per second%n", render);

        CompletableFuture<Double> fx = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                LayerPanel panel = new LayerPanel(new HeatmapViewModel(new RunStore()));
                Stage stage = new Stage();
                stage.setScene(new Scene(new StackPane(panel), 1200, 800));
                stage.show();
                fx.complete(perSecond(frames, () -> {
                    int[] px = new int[N];
                    renderer.render(ROWS, COLS, mask, update, levels, px);
                    panel.show(new LayerFrame("w", ROWS, COLS, px, HeatmapRenderer.rowDensity(ROWS, COLS, mask),
                            HeatmapRenderer.colDensity(ROWS, COLS, mask), 0.9, 0.1, 0, 0, 0, ""), 1100, 1.0, 1.0);
                }));
            } catch (RuntimeException e) {
                fx.completeExceptionally(e);
            }
        });
        System.out.printf(Locale.ROOT, "layer panel on the FX thread (render + upscale + PixelWriter + strips): %.0f redraws per second%n", fx.get());
        Platform.exit();
    }

    /** Redraws per second over {@code frames} after 5 warm-up redraws. */
    private static double perSecond(int frames, Runnable redraw) {
        for (int i = 0; i < 5; i++) redraw.run();
        long t0 = System.nanoTime();
        for (int i = 0; i < frames; i++) redraw.run();
        return frames / ((System.nanoTime() - t0) / 1e9);
    }
}
