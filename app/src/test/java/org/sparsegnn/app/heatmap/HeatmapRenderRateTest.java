package org.sparsegnn.app.heatmap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sparsegnn.app.theme.MaskPalette;
import org.sparsegnn.engine.record.MaskHistory;

/** Redraw rate of the pixel renderer for a Cora-sized first layer (1433×256). */
@Tag("slow")
class HeatmapRenderRateTest {
    @Test
    void rendersA1433x256LayerAtLeast20TimesPerSecond() {
        int rows = 1433, cols = 256, n = rows * cols;
        Random r = new Random(1);
        BitSet mask = new BitSet(n);
        for (int i = 0; i < n; i++) if (r.nextDouble() < 0.1) mask.set(i);
        int[] levels = new int[n];
        for (int i = 0; i < n; i++) levels[i] = r.nextInt(256);
        int[] dropped = r.ints(3000, 0, n).sorted().distinct().toArray();
        int[] grown = r.ints(3000, 0, n).sorted().distinct().toArray();
        MaskHistory.Delta u = new MaskHistory.Delta(1, 1, 0, "rigl", dropped, grown, new int[0], mask.cardinality());
        HeatmapRenderer renderer = new HeatmapRenderer(MaskPalette.standard());
        int[] out = new int[n];
        for (int i = 0; i < 5; i++) renderer.render(rows, cols, mask, u, levels, out); // warm-up
        int frames = 40;
        long t0 = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            renderer.render(rows, cols, mask, u, levels, out);
            HeatmapRenderer.rowDensity(rows, cols, mask);
            HeatmapRenderer.colDensity(rows, cols, mask);
        }
        double perSecond = frames / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("heatmap render rate 1433x256 (pixels + density strips): %.0f per second%n", perSecond);
        assertTrue(perSecond >= 20, "only " + perSecond + " redraws per second");
    }
}
