package org.sparsegnn.app.heatmap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.sparsegnn.app.theme.MaskPalette;
import org.sparsegnn.app.theme.MaskPalette.CellState;
import org.sparsegnn.engine.record.MaskHistory;

/** Where each weight lands in the image, which colour it gets, and the density strips. */
class HeatmapRendererTest {
    private static final MaskPalette PALETTE = MaskPalette.standard();
    private static final int ROWS = 3, COLS = 2;

    /** Weights (row, col) → flat index row * COLS + col; active: (0,0), (1,1), (2,0), (2,1). */
    private static BitSet mask() {
        BitSet m = new BitSet(ROWS * COLS);
        m.set(0);
        m.set(3);
        m.set(4);
        m.set(5);
        return m;
    }

    /** The image is transposed: x = input feature (row), y = output unit (column). */
    private static int at(int[] image, int row, int col) {
        return image[col * ROWS + row];
    }

    @Test
    void activeWeightsTakeTheirLevelsShadeAndInactiveOnesTheBackground() {
        int[] levels = {10, 0, 0, 200, 255, 40};
        int[] image = new int[ROWS * COLS];
        new HeatmapRenderer(PALETTE).render(ROWS, COLS, mask(), null, levels, image);
        assertEquals(PALETTE.active(10), at(image, 0, 0));
        assertEquals(PALETTE.color(CellState.INACTIVE), at(image, 0, 1));
        assertEquals(PALETTE.color(CellState.INACTIVE), at(image, 1, 0));
        assertEquals(PALETTE.active(200), at(image, 1, 1));
        assertEquals(PALETTE.active(255), at(image, 2, 0));
        assertEquals(PALETTE.active(40), at(image, 2, 1));
    }

    @Test
    void withoutLevelsEveryActiveWeightIsTheMiddleShade() {
        int[] image = new int[ROWS * COLS];
        new HeatmapRenderer(PALETTE).render(ROWS, COLS, mask(), null, null, image);
        assertEquals(PALETTE.color(CellState.ACTIVE), at(image, 1, 1));
        assertEquals(PALETTE.color(CellState.INACTIVE), at(image, 1, 0));
    }

    @Test
    void anUpdatesDroppedGrownAndRegrownWeightsAreMarkedOverTheMask() {
        // (0,1) dropped, (1,1) grown, (2,0) regrown; (0,0) and (2,1) untouched
        var update = new MaskHistory.Delta(50, 1, 0, "rigl", new int[] {1}, new int[] {3}, new int[] {4}, 4);
        int[] image = new int[ROWS * COLS];
        new HeatmapRenderer(PALETTE).render(ROWS, COLS, mask(), update, null, image);
        assertEquals(PALETTE.color(CellState.DROPPED), at(image, 0, 1));
        assertEquals(PALETTE.color(CellState.GROWN), at(image, 1, 1));
        assertEquals(PALETTE.color(CellState.REGROWN), at(image, 2, 0));
        assertEquals(PALETTE.color(CellState.ACTIVE), at(image, 0, 0));
        assertEquals(PALETTE.color(CellState.ACTIVE), at(image, 2, 1));
    }

    @Test
    void densityStripsAreTheActiveShareOfEachRowAndColumn() {
        assertArrayEquals(new double[] {0.5, 0.5, 1.0}, HeatmapRenderer.rowDensity(ROWS, COLS, mask()), 1e-12);
        assertArrayEquals(new double[] {2 / 3.0, 2 / 3.0}, HeatmapRenderer.colDensity(ROWS, COLS, mask()), 1e-12);
    }
}
