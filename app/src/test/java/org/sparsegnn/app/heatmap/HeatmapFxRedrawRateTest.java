package org.sparsegnn.app.heatmap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sparsegnn.app.run.RunStore;
import org.sparsegnn.app.theme.MaskPalette;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Full redraw of a 1433×256 layer panel on the FX thread: render, upscale, PixelWriter upload, density strips. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class HeatmapFxRedrawRateTest {
    private LayerPanel panel;

    @Start
    void start(Stage stage) {
        panel = new LayerPanel(new HeatmapViewModel(new RunStore()));
        stage.setScene(new Scene(new StackPane(panel), 1200, 800));
        stage.show();
    }

    @Test
    void redrawsACoraSizedLayerAtLeast20TimesPerSecond(FxRobot robot) {
        int rows = 1433, cols = 256, n = rows * cols;
        Random r = new Random(2);
        BitSet mask = new BitSet(n);
        for (int i = 0; i < n; i++) if (r.nextDouble() < 0.1) mask.set(i);
        int[] levels = r.ints(n, 0, 256).toArray();
        HeatmapRenderer renderer = new HeatmapRenderer(MaskPalette.standard());
        double[] rate = new double[1];
        robot.interact(() -> {
            int frames = 30;
            long t0 = 0;
            for (int i = -5; i < frames; i++) {
                if (i == 0) t0 = System.nanoTime();
                int[] px = new int[n];
                renderer.render(rows, cols, mask, null, levels, px);
                panel.show(new LayerFrame("w", rows, cols, px, HeatmapRenderer.rowDensity(rows, cols, mask),
                        HeatmapRenderer.colDensity(rows, cols, mask), 0.9, 0.1, 0, 0, 0, ""), 1100, 1.0, 1.0);
            }
            rate[0] = frames / ((System.nanoTime() - t0) / 1e9);
        });
        System.out.printf("heatmap FX redraw rate 1433x256 (render + upscale + PixelWriter + strips): %.0f per second%n", rate[0]);
        assertTrue(rate[0] >= 20, "only " + rate[0] + " redraws per second");
    }
}
