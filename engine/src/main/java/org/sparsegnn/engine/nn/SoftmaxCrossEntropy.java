package org.sparsegnn.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Softmax cross-entropy averaged over a subset of rows (e.g. the training nodes of a full-batch GCN). Rows
 * outside the subset get zero gradient. Computed in double over a copy of the logits for stability.
 */
public final class SoftmaxCrossEntropy {
    private SoftmaxCrossEntropy() {
    }

    /**
     * @param logits n × C scores
     * @param labels class per row (length n)
     * @param rows   rows that count (each once)
     */
    public static LossResult compute(INDArray logits, int[] labels, int[] rows) {
        int n = (int) logits.size(0), c = (int) logits.size(1);
        float[] z = Floats.read(logits);
        float[] grad = new float[z.length];
        double loss = 0;
        double inv = rows.length == 0 ? 0 : 1.0 / rows.length;
        double[] p = new double[c];
        for (int r : rows) {
            int y = labels[r];
            if (y < 0 || y >= c) throw new IllegalArgumentException("row " + r + " has label " + y + " outside [0," + c + ")");
            int o = r * c;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < c; j++) max = Math.max(max, z[o + j]);
            double sum = 0;
            for (int j = 0; j < c; j++) {
                p[j] = Math.exp(z[o + j] - max);
                sum += p[j];
            }
            loss += Math.log(sum) + max - z[o + y];
            for (int j = 0; j < c; j++) grad[o + j] = (float) ((p[j] / sum - (j == y ? 1 : 0)) * inv);
        }
        return new LossResult(loss * inv, Floats.matrix(grad, n, c));
    }

    /** Fraction of the given rows whose arg-max logit is the label (ties: the lowest class). */
    public static double accuracy(float[] logits, int classes, int[] labels, int[] rows) {
        if (rows.length == 0) return Double.NaN;
        int correct = 0;
        for (int r : rows) {
            int o = r * classes, best = 0;
            for (int j = 1; j < classes; j++) if (logits[o + j] > logits[o + best]) best = j;
            if (best == labels[r]) correct++;
        }
        return (double) correct / rows.length;
    }
}
