package org.sparsegnn.engine.nn;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sparsegnn.engine.graph.CsrMatrix;

/**
 * Inverted dropout with its own seeded random stream: in training, each entry is kept with probability 1 − p
 * and scaled by 1 / (1 − p). Sparse inputs drop stored values only (Kipf's sparse_dropout).
 */
public final class Dropout {
    private final double rate;
    private final SplittableRandom random;
    private float[] scale; // 0 or 1/(1-p) per entry of the last training forward pass
    private int rows;
    private int cols;
    private boolean active;
    private boolean byColumns; // the last dense forward worked on columns (see DenseRows#columns())
    private final Buffers buffers = new Buffers();

    public Dropout(double rate, long seed) {
        if (!(rate >= 0 && rate < 1)) throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
        this.rate = rate;
        this.random = new SplittableRandom(seed);
    }

    public double rate() {
        return rate;
    }

    public LayerInput forward(LayerInput x, boolean training) {
        if (x instanceof SparseRows s) return forward(s, training);
        return forward((DenseRows) x, training);
    }

    /**
     * Dense input in its own layout: by column when it comes so (after a sparse-weight layer), with the same
     * random draw per entry (row-major order) as the row-major path.
     */
    public DenseRows forward(DenseRows x, boolean training) {
        if (!training || rate == 0) {
            active = false;
            return x;
        }
        if (!x.hasColumns()) return new DenseRows(forward(x.values(), true));
        active = true;
        byColumns = true;
        rows = x.rows();
        cols = x.cols();
        drawScale(rows * cols);
        float[][] in = x.columns(), out = buffers.columns("y", cols, rows);
        scaleColumns(in, out);
        return DenseRows.ofColumns(out, rows, buffers.get("y", rows, cols));
    }

    /** Gradient through the last forward pass of dense input, in that pass's layout. */
    public DenseRows backward(DenseRows dY) {
        if (!active) return dY;
        if (!byColumns) return new DenseRows(backward(dY.values()));
        if (dY.rows() != rows || dY.cols() != cols) throw new IllegalArgumentException("gradient shape differs from forward input");
        float[][] out = buffers.columns("dx", cols, rows);
        scaleColumns(dY.columns(), out);
        return DenseRows.ofColumns(out, rows, buffers.get("dx", rows, cols));
    }

    private void scaleColumns(float[][] in, float[][] out) {
        for (int j = 0; j < cols; j++) {
            float[] a = in[j], b = out[j];
            for (int r = 0, i = j; r < rows; r++, i += cols) b[r] = a[r] * scale[i];
        }
    }

    /**
     * Drops stored values; the kept ones are rescaled and the dropped ones removed from the structure (a zero
     * left in place would cost the sparse kernels a mispredicted branch or a wasted multiply-add per entry).
     */
    public SparseRows forward(SparseRows x, boolean training) {
        active = false; // no gradient flows back into raw sparse inputs
        if (!training || rate == 0) return x;
        float[] v = x.values();
        int[] ptr = x.indptr(), idx = x.indices();
        int n = v.length;
        int[] outPtr = new int[x.rows() + 1];
        int[] outIdx = new int[n];
        float[] outVal = new float[n];
        float keep = (float) (1.0 / (1.0 - rate));
        int threshold = threshold24();
        int w = 0;
        long bits = 0;
        for (int r = 0; r < x.rows(); r++) {
            for (int k = ptr[r]; k < ptr[r + 1]; k++) {
                // branch-free compaction: always write, advance only when kept (a 50 % branch mispredicts)
                if ((k & 1) == 0) bits = random.nextLong();
                int u = (int) ((k & 1) == 0 ? bits & 0xFFFFFF : (bits >>> 24) & 0xFFFFFF);
                outIdx[w] = idx[k];
                outVal[w] = v[k] * keep;
                w += (threshold - 1 - u) >>> 31; // 1 when u >= threshold (kept)
            }
            outPtr[r + 1] = w;
        }
        outIdx = Arrays.copyOf(outIdx, w);
        outVal = Arrays.copyOf(outVal, w);
        return new SparseRows(new CsrMatrix(x.rows(), x.cols(), outPtr, outIdx, outVal));
    }

    public INDArray forward(INDArray x, boolean training) {
        active = training && rate > 0;
        byColumns = false;
        if (!active) return x;
        rows = (int) x.size(0);
        cols = (int) x.size(1);
        float[] v = Floats.read(x);
        drawScale(v.length);
        for (int i = 0; i < v.length; i++) v[i] *= scale[i];
        INDArray out = buffers.get("y", rows, cols);
        Floats.write(v, out);
        return out;
    }

    /** Gradient through the last dense forward pass (identity when it was not in training mode). */
    public INDArray backward(INDArray dY) {
        if (!active) return dY;
        float[] g = Floats.read(dY);
        if (g.length != scale.length) throw new IllegalArgumentException("gradient shape differs from forward input");
        for (int i = 0; i < g.length; i++) g[i] *= scale[i];
        INDArray out = buffers.get("dx", rows, cols);
        Floats.write(g, out);
        return out;
    }

    /** Entries whose 24-bit uniform draw is below this are dropped. */
    private int threshold24() {
        return (int) Math.round(rate * (1 << 24));
    }

    private void drawScale(int n) {
        if (scale == null || scale.length != n) scale = new float[n];
        float keep = (float) (1.0 / (1.0 - rate));
        // two 24-bit uniforms per 64-bit draw: the random stream is a measurable share of a 2 ms epoch
        int threshold = threshold24();
        for (int i = 0; i < n; i += 2) {
            long bits = random.nextLong();
            // branch-free: (threshold - 1 - u) >>> 31 is 1 exactly when u >= threshold (kept)
            scale[i] = keep * ((threshold - 1 - (int) (bits & 0xFFFFFF)) >>> 31);
            if (i + 1 < n) scale[i + 1] = keep * ((threshold - 1 - (int) ((bits >>> 24) & 0xFFFFFF)) >>> 31);
        }
    }
}
