package org.sparsegnn.engine.link;

import java.util.Arrays;

/**
 * Metrics of scores against 0/1 labels: accuracy at a 0.5 threshold on probabilities, ROC-AUC (the probability
 * that a random positive outscores a random negative, ties counting one half — the Mann-Whitney statistic) and
 * average precision (Σ (R_k − R_{k−1}) · P_k over distinct score thresholds, as scikit-learn defines it).
 */
public final class BinaryMetrics {
    private BinaryMetrics() {
    }

    public static double accuracy(float[] probabilities, float[] labels) {
        check(probabilities, labels);
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean predicted = probabilities[i] >= 0.5f;
            if (predicted == (labels[i] > 0.5f)) correct++;
        }
        return labels.length == 0 ? 0 : (double) correct / labels.length;
    }

    /** ROC-AUC via average ranks; NaN when one class is absent. */
    public static double rocAuc(float[] scores, float[] labels) {
        check(scores, labels);
        int[] order = byScoreAscending(scores);
        int n = scores.length;
        double positiveRankSum = 0;
        long pos = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) j++;
            double avgRank = (i + j) / 2.0 + 1; // ranks are 1-based
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] > 0.5f) { positiveRankSum += avgRank; pos++; }
            }
            i = j + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) return Double.NaN;
        return (positiveRankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    /** Average precision; NaN without positives. */
    public static double averagePrecision(float[] scores, float[] labels) {
        check(scores, labels);
        int[] order = byScoreAscending(scores);
        int n = scores.length;
        long totalPos = 0;
        for (float l : labels) if (l > 0.5f) totalPos++;
        if (totalPos == 0) return Double.NaN;
        double ap = 0, prevRecall = 0;
        long tp = 0, seen = 0;
        for (int i = n - 1; i >= 0; ) { // descending score, one threshold per distinct score
            int j = i;
            while (j - 1 >= 0 && scores[order[j - 1]] == scores[order[i]]) j--;
            for (int k = j; k <= i; k++) {
                seen++;
                if (labels[order[k]] > 0.5f) tp++;
            }
            double recall = (double) tp / totalPos, precision = (double) tp / seen;
            ap += (recall - prevRecall) * precision;
            prevRecall = recall;
            i = j - 1;
        }
        return ap;
    }

    /**
     * Indices by ascending score (ties in index order), sorted as primitive longs: score bits made order-preserving
     * in the high half, index in the low half. Boxed Integers with a comparator took most of a link-prediction
     * epoch's evaluation (five sorts of up to 50,000 pairs per epoch).
     */
    static int[] byScoreAscending(float[] scores) {
        long[] keys = new long[scores.length];
        for (int i = 0; i < keys.length; i++) {
            int bits = Float.floatToIntBits(scores[i] == 0f ? 0f : scores[i]); // -0 sorts with +0, as Float.compare does not
            bits ^= (bits >> 31) & 0x7fffffff; // negative floats: flip the magnitude bits so larger means larger
            keys[i] = ((long) bits << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int i = 0; i < keys.length; i++) order[i] = (int) keys[i];
        return order;
    }

    private static void check(float[] scores, float[] labels) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException(scores.length + " scores for " + labels.length + " labels");
        }
    }
}
