package org.sparsegnn.app.heatmap;

/**
 * What one heatmap panel shows at the current timeline position.
 *
 * @param pixels       ARGB, width = rows (input features), height = cols (output units)
 * @param rowDensity   active fraction per input feature (strip along the x axis)
 * @param colDensity   active fraction per output unit (strip along the y axis)
 * @param caption      e.g. "update 3 (rigl): −143 +143, 12 regrown"
 */
public record LayerFrame(String layer, int rows, int cols, int[] pixels, double[] rowDensity, double[] colDensity,
                         double sparsity, double explorationRate, int dropped, int grown, int regrown,
                         String caption) {
}
