package org.sparsegnn.app.heatmap;

import org.sparsegnn.app.theme.MaskPalette;

/**
 * Resamples a layer's one-pixel-per-weight image to the size it is shown at. Enlarging repeats cells (crisp,
 * nearest neighbour). Shrinking (a 1433-input layer in a 1000-pixel-wide panel) keeps, for every screen pixel, the
 * most telling of the weights it covers: dropped-and-regrown, then dropped, then grown, then active, then inactive.
 * Plain subsampling (ImageView's own scaling) skipped about a third of the columns, so most just-dropped and
 * just-grown weights of a large layer never showed.
 */
final class CellScaler {
    private final int dropped, grown, regrown, inactive;

    CellScaler(MaskPalette palette) {
        dropped = palette.color(MaskPalette.CellState.DROPPED);
        grown = palette.color(MaskPalette.CellState.GROWN);
        regrown = palette.color(MaskPalette.CellState.REGROWN);
        inactive = palette.color(MaskPalette.CellState.INACTIVE);
    }

    /** {@code src} is rows × cols (x = row index, row-major by column), {@code dst} is w × h. */
    void scale(int[] src, int rows, int cols, int[] dst, int w, int h) {
        int[] x0 = bounds(rows, w), y0 = bounds(cols, h);
        for (int y = 0; y < h; y++) {
            int ya = y0[y], yb = Math.max(ya + 1, y0[y + 1]), o = y * w;
            for (int x = 0; x < w; x++) {
                int xa = x0[x], xb = Math.max(xa + 1, x0[x + 1]);
                int best = src[ya * rows + xa];
                if (xb - xa > 1 || yb - ya > 1) {
                    int bestRank = rank(best);
                    for (int sy = ya; sy < yb && bestRank < 4; sy++) {
                        for (int sx = xa, i = sy * rows + xa; sx < xb; sx++, i++) {
                            int r = rank(src[i]);
                            if (r > bestRank) {
                                bestRank = r;
                                best = src[i];
                            }
                        }
                    }
                }
                dst[o + x] = best;
            }
        }
    }

    /** First source index covered by each of {@code n} target pixels, plus the end. */
    private static int[] bounds(int source, int n) {
        int[] b = new int[n + 1];
        for (int i = 0; i <= n; i++) b[i] = (int) ((long) i * source / n);
        return b;
    }

    private int rank(int argb) {
        if (argb == regrown) return 4;
        if (argb == dropped) return 3;
        if (argb == grown) return 2;
        return argb == inactive ? 0 : 1;
    }
}
