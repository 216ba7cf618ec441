package org.sparsegnn.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Rectified linear unit; the backward pass passes gradients where the output was positive. Works in the layout
 * its input comes in (by column after a sparse-weight layer, row-major INDArray otherwise) and returns the
 * gradient in that layout.
 */
public final class Relu {
    private float[] output;      // row-major layout of the last forward
    private float[][] outputColumns; // column layout of the last forward
    private int rows;
    private int cols;
    private final Buffers buffers = new Buffers();

    public DenseRows forward(DenseRows z) {
        rows = z.rows();
        cols = z.cols();
        if (z.hasColumns()) {
            float[][] in = z.columns(), out = buffers.columns("y", cols, rows);
            for (int j = 0; j < cols; j++) relu(in[j], out[j], rows);
            outputColumns = out;
            output = null;
            return DenseRows.ofColumns(out, rows, buffers.get("y", rows, cols));
        }
        float[] v = Floats.read(z.values());
        relu(v, v, v.length);
        output = v;
        outputColumns = null;
        INDArray out = buffers.get("y", rows, cols);
        Floats.write(v, out);
        return new DenseRows(out);
    }

    public DenseRows backward(DenseRows dY) {
        if (output == null && outputColumns == null) throw new IllegalStateException("backward before forward");
        if (dY.rows() != rows || dY.cols() != cols) throw new IllegalArgumentException("gradient shape differs from forward output");
        if (outputColumns != null) {
            float[][] g = dY.columns(), out = buffers.columns("dx", cols, rows);
            for (int j = 0; j < cols; j++) passWherePositive(g[j], outputColumns[j], out[j], rows);
            return DenseRows.ofColumns(out, rows, buffers.get("dx", rows, cols));
        }
        float[] g = Floats.read(dY.values());
        passWherePositive(g, output, g, g.length);
        INDArray out = buffers.get("dx", rows, cols);
        Floats.write(g, out);
        return new DenseRows(out);
    }

    /** out = max(in, +0) (-0 becomes +0): Math.max compiles to SIMD max instructions, no branch to mispredict. */
    static void relu(float[] in, float[] out, int n) {
        for (int i = 0; i < n; i++) out[i] = Math.max(in[i], 0f);
    }

    /**
     * out = g where the forward output was positive, else 0, as a product with a 0/1 factor so it compiles to SIMD
     * code: the output is ≥ +0, and scaled by 10⁶⁰ (with float overflow to +∞) any positive value, even the
     * smallest subnormal, exceeds 1, so min(·, 1) is exactly 1 there and 0 at +0.
     */
    static void passWherePositive(float[] g, float[] forwardOut, float[] out, int n) {
        for (int i = 0; i < n; i++) out[i] = g[i] * Math.min(forwardOut[i] * 1e30f * 1e30f, 1f);
    }
}
