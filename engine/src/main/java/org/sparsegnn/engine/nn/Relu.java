package org.sparsegnn.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Rectified linear unit; the backward pass passes gradients where the output was positive. */
public final class Relu {
    private float[] output;
    private int rows;
    private int cols;
    private final Buffers buffers = new Buffers();

    public INDArray forward(INDArray z) {
        rows = (int) z.size(0);
        cols = (int) z.size(1);
        float[] v = Floats.read(z);
        // branch-free: a data-dependent branch mispredicts on about half of the entries
        for (int i = 0; i < v.length; i++) {
            int bits = Float.floatToRawIntBits(v[i]);
            v[i] = Float.intBitsToFloat(bits & ~(bits >> 31)); // negative (sign bit set) -> +0
        }
        output = v;
        INDArray out = buffers.get("y", rows, cols);
        Floats.write(v, out);
        return out;
    }

    public INDArray backward(INDArray dY) {
        if (output == null) throw new IllegalStateException("backward before forward");
        float[] g = Floats.read(dY);
        if (g.length != output.length) throw new IllegalArgumentException("gradient shape differs from forward output");
        for (int i = 0; i < g.length; i++) {
            int ob = Float.floatToRawIntBits(output[i]); // output >= +0, so its bits are 0 exactly when it is 0
            g[i] = Float.intBitsToFloat(Float.floatToRawIntBits(g[i]) & ((ob | -ob) >> 31));
        }
        INDArray out = buffers.get("dx", rows, cols);
        Floats.write(g, out);
        return out;
    }
}
