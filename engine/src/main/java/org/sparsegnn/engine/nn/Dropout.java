package org.sparsegnn.engine.nn;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Inverted dropout with its own seeded random stream: in training, each entry is kept with probability 1 − p
 * and scaled by 1 / (1 − p). Sparse inputs drop stored values only (Kipf's sparse_dropout), so the structure and
 * the sparse kernels stay as they are.
 */
public final class Dropout {
    private final double rate;
    private final SplittableRandom random;
    private float[] scale; // 0 or 1/(1-p) per entry of the last training forward pass
    private int rows;
    private int cols;
    private boolean active;

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
        return new DenseRows(forward(((DenseRows) x).values(), training));
    }

    public SparseRows forward(SparseRows x, boolean training) {
        active = training && rate > 0;
        if (!active) return x;
        float[] v = x.values();
        drawScale(v.length);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] * scale[i];
        return x.withValues(out);
    }

    public INDArray forward(INDArray x, boolean training) {
        active = training && rate > 0;
        if (!active) return x;
        rows = (int) x.size(0);
        cols = (int) x.size(1);
        float[] v = Floats.read(x);
        drawScale(v.length);
        for (int i = 0; i < v.length; i++) v[i] *= scale[i];
        return Floats.matrix(v, rows, cols);
    }

    /** Gradient through the last dense forward pass (identity when it was not in training mode). */
    public INDArray backward(INDArray dY) {
        if (!active) return dY;
        float[] g = Floats.read(dY);
        if (g.length != scale.length) throw new IllegalArgumentException("gradient shape differs from forward input");
        for (int i = 0; i < g.length; i++) g[i] *= scale[i];
        return Floats.matrix(g, rows, cols);
    }

    private void drawScale(int n) {
        if (scale == null || scale.length != n) scale = new float[n];
        float keep = (float) (1.0 / (1.0 - rate));
        // two 24-bit uniforms per 64-bit draw: the random stream is a measurable share of a 2 ms epoch
        int threshold = (int) Math.round(rate * (1 << 24));
        for (int i = 0; i < n; i += 2) {
            long bits = random.nextLong();
            scale[i] = ((int) (bits & 0xFFFFFF)) < threshold ? 0f : keep;
            if (i + 1 < n) scale[i + 1] = ((int) ((bits >>> 24) & 0xFFFFFF)) < threshold ? 0f : keep;
        }
    }
}
