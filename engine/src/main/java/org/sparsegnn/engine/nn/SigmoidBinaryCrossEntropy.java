package org.sparsegnn.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Sigmoid + binary cross-entropy on one logit per row (link prediction), averaged over the rows, in the stable
 * form {@code max(x,0) − x·y + log(1 + e^−|x|)}.
 */
public final class SigmoidBinaryCrossEntropy {
    private SigmoidBinaryCrossEntropy() {
    }

    /** @param logits n × 1 scores; @param targets n labels in {0, 1} (soft targets in [0, 1] work too) */
    public static LossResult compute(INDArray logits, float[] targets) {
        float[] x = Floats.read(logits);
        if (x.length != targets.length) throw new IllegalArgumentException(x.length + " logits for " + targets.length + " targets");
        float[] grad = new float[x.length];
        double loss = 0, inv = x.length == 0 ? 0 : 1.0 / x.length;
        for (int i = 0; i < x.length; i++) {
            double v = x[i], y = targets[i];
            loss += Math.max(v, 0) - v * y + Math.log1p(Math.exp(-Math.abs(v)));
            grad[i] = (float) ((sigmoid(v) - y) * inv);
        }
        return new LossResult(loss * inv, Floats.matrix(grad, x.length, 1));
    }

    public static double sigmoid(double v) {
        return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
    }
}
