package org.sparsegnn.app.heatmap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sparsegnn.app.theme.MaskPalette;
import org.sparsegnn.app.theme.MaskPalette.CellState;

class CellScalerTest {
    private final MaskPalette p = MaskPalette.standard();
    private final CellScaler scaler = new CellScaler(p);

    @Test
    void shrinkingALargeLayerKeepsEveryDroppedAndGrownWeightVisible() {
        int rows = 1433, cols = 16, w = 950, h = 16;
        int[] src = new int[rows * cols];
        Arrays.fill(src, p.color(CellState.INACTIVE));
        int[] changed = {1, 2, 700, 1431}; // neighbours that share a screen pixel, and the last column
        for (int i = 0; i < changed.length; i++) {
            src[5 * rows + changed[i]] = p.color(i % 2 == 0 ? CellState.DROPPED : CellState.GROWN);
        }
        src[9 * rows + 3] = p.color(CellState.REGROWN);
        src[9 * rows + 4] = p.active(200);
        int[] dst = new int[w * h];
        scaler.scale(src, rows, cols, dst, w, h);
        long shown = Arrays.stream(dst).filter(c -> c == p.color(CellState.DROPPED) || c == p.color(CellState.GROWN)).count();
        assertTrue(shown >= 3, "dropped/grown weights visible: " + shown); // 1 and 2 may share one pixel
        assertTrue(Arrays.stream(dst).anyMatch(c -> c == p.color(CellState.DROPPED)), "dropped shown");
        assertTrue(Arrays.stream(dst).anyMatch(c -> c == p.color(CellState.GROWN)), "grown shown");
        assertEquals(p.color(CellState.REGROWN), dst[9 * w + pixelOf(3, rows, w)], "regrown beats its active neighbour");
        assertEquals(p.color(CellState.GROWN), dst[5 * w + w - 1], "the last column is not cut off");
    }

    /** The target pixel whose source range holds source index {@code s}. */
    private static int pixelOf(int s, int source, int n) {
        for (int x = 0; x < n; x++) {
            if ((long) x * source / n <= s && s < (long) (x + 1) * source / n) return x;
        }
        throw new AssertionError("no pixel covers " + s);
    }

    @Test
    void enlargingRepeatsEachCell() {
        int[] src = {p.color(CellState.INACTIVE), p.color(CellState.GROWN), p.active(10), p.color(CellState.DROPPED)};
        int[] dst = new int[4 * 4];
        scaler.scale(src, 2, 2, dst, 4, 4);
        int a = src[0], b = src[1], c = src[2], d = src[3];
        assertArrayEquals(new int[] {a, a, b, b, a, a, b, b, c, c, d, d, c, c, d, d}, dst);
    }
}
