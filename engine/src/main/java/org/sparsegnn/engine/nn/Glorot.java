package org.sparsegnn.engine.nn;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Glorot/Xavier uniform initialisation, U(−r, r) with r = √(6 / (fan_in + fan_out)), as Kipf's GCN code uses. */
public final class Glorot {
    private Glorot() {
    }

    public static INDArray uniform(int fanIn, int fanOut, Random random) {
        double r = Math.sqrt(6.0 / (fanIn + fanOut));
        float[] w = new float[fanIn * fanOut];
        for (int i = 0; i < w.length; i++) w[i] = (float) ((random.nextDouble() * 2 - 1) * r);
        return Floats.matrix(w, fanIn, fanOut);
    }
}
