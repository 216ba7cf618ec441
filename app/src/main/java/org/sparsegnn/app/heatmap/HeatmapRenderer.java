package org.sparsegnn.app.heatmap;

import java.util.BitSet;
import org.sparsegnn.app.theme.MaskPalette;
import org.sparsegnn.engine.record.MaskHistory;

/**
 * Paints one layer's mask into an ARGB pixel buffer, one pixel per weight: x = input feature (row of the
 * fan_in × fan_out weight), y = output unit (column). JavaFX-free and allocation-light so it can redraw a
 * 1433×256 layer many times a second; the view copies the buffer into a WritableImage with one PixelWriter call.
 */
public final class HeatmapRenderer {
    private final MaskPalette palette;

    public HeatmapRenderer(MaskPalette palette) {
        this.palette = palette;
    }

    /**
     * @param mask      active weights (flat row-major index {@code row * cols + col})
     * @param highlight the update to mark (dropped / grown / regrown), or null
     * @param levels    |w| level 0..255 per weight, or null to draw every active weight in the middle shade
     * @param out       buffer of at least rows × cols pixels, filled row by row of the image (width = rows)
     */
    public void render(int rows, int cols, BitSet mask, MaskHistory.Delta highlight, int[] levels, int[] out) {
        int inactive = palette.color(MaskPalette.CellState.INACTIVE);
        int mid = palette.color(MaskPalette.CellState.ACTIVE);
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                int i = base + c;
                int px = !mask.get(i) ? inactive : levels == null ? mid : palette.active(levels[i]);
                out[c * rows + r] = px;
            }
        }
        if (highlight == null) return;
        paint(highlight.grown(), rows, cols, palette.color(MaskPalette.CellState.GROWN), out);
        paint(highlight.dropped(), rows, cols, palette.color(MaskPalette.CellState.DROPPED), out);
        paint(highlight.regrown(), rows, cols, palette.color(MaskPalette.CellState.REGROWN), out);
    }

    private static void paint(int[] indices, int rows, int cols, int colour, int[] out) {
        for (int i : indices) out[(i % cols) * rows + i / cols] = colour;
    }

    /** Fraction of active weights per row (input feature). */
    public static double[] rowDensity(int rows, int cols, BitSet mask) {
        double[] d = new double[rows];
        for (int i = mask.nextSetBit(0); i >= 0 && i < rows * cols; i = mask.nextSetBit(i + 1)) d[i / cols]++;
        for (int r = 0; r < rows; r++) d[r] /= cols;
        return d;
    }

    /** Fraction of active weights per column (output unit). */
    public static double[] colDensity(int rows, int cols, BitSet mask) {
        double[] d = new double[cols];
        for (int i = mask.nextSetBit(0); i >= 0 && i < rows * cols; i = mask.nextSetBit(i + 1)) d[i % cols]++;
        for (int c = 0; c < cols; c++) d[c] /= rows;
        return d;
    }
}
