package org.sparsegnn.engine.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {
    private static final float[] LABELS = {0, 0, 1, 1};
    private static final float[] SCORES = {0.1f, 0.4f, 0.35f, 0.8f};

    @Test
    void aucCountsOrderedPairs() {
        // positive-negative pairs: (0.35>0.1) yes, (0.35>0.4) no, (0.8>0.1) yes, (0.8>0.4) yes -> 3/4
        assertEquals(0.75, BinaryMetrics.rocAuc(SCORES, LABELS), 1e-12);
    }

    @Test
    void averagePrecisionByHand() {
        // descending: 0.8(+) P=1 R=.5; 0.4(-); 0.35(+) P=2/3 R=1 -> .5*1 + .5*2/3
        assertEquals(0.5 + 0.5 * 2.0 / 3.0, BinaryMetrics.averagePrecision(SCORES, LABELS), 1e-12);
    }

    @Test
    void tiesCountHalfInAucAndOneThresholdInAp() {
        float[] labels = {1, 0, 0, 1};
        float[] scores = {0.5f, 0.5f, 0.2f, 0.9f};
        // pairs: (.5 vs .5) 1/2, (.5 vs .2) 1, (.9 vs .5) 1, (.9 vs .2) 1 -> 3.5/4
        assertEquals(0.875, BinaryMetrics.rocAuc(scores, labels), 1e-12);
        // thresholds .9: P=1 R=.5; .5 (two samples at once): P=2/3 R=1; .2: R unchanged
        assertEquals(0.5 + 0.5 * 2.0 / 3.0, BinaryMetrics.averagePrecision(scores, labels), 1e-12);
    }

    @Test
    void accuracyThresholdsAtOneHalf() {
        float[] probs = {0.49f, 0.5f, 0.51f, 0.2f};
        float[] labels = {0, 1, 0, 1};
        assertEquals(0.5, BinaryMetrics.accuracy(probs, labels), 1e-12);
    }

    @Test
    void perfectAndReversedRankings() {
        float[] labels = {0, 1, 0, 1, 1};
        float[] good = {0.1f, 0.9f, 0.2f, 0.8f, 0.7f};
        float[] bad = {0.9f, 0.1f, 0.8f, 0.2f, 0.3f};
        assertEquals(1.0, BinaryMetrics.rocAuc(good, labels), 1e-12);
        assertEquals(1.0, BinaryMetrics.averagePrecision(good, labels), 1e-12);
        assertEquals(0.0, BinaryMetrics.rocAuc(bad, labels), 1e-12);
        // bad ranking: positives at ranks 3,4,5 -> AP = (1/3)(1/3 + 2/4 + 3/5)
        assertEquals((1.0 / 3 + 2.0 / 4 + 3.0 / 5) / 3, BinaryMetrics.averagePrecision(bad, labels), 1e-12);
    }

    @Test
    void missingClassGivesNaN() {
        assertTrue(Double.isNaN(BinaryMetrics.rocAuc(new float[] {0.1f, 0.2f}, new float[] {1, 1})));
        assertTrue(Double.isNaN(BinaryMetrics.averagePrecision(new float[] {0.1f, 0.2f}, new float[] {0, 0})));
    }

    @Test
    void primitiveOrderMatchesAComparatorSortWithNegativesAndTies() {
        java.util.Random r = new java.util.Random(3);
        float[] scores = new float[2000];
        for (int i = 0; i < scores.length; i++) scores[i] = r.nextInt(5) == 0 ? 0.25f : (float) r.nextGaussian();
        Integer[] expected = new Integer[scores.length];
        for (int i = 0; i < expected.length; i++) expected[i] = i;
        java.util.Arrays.sort(expected, (a, b) -> Float.compare(scores[a], scores[b])); // stable: ties by index
        org.junit.jupiter.api.Assertions.assertArrayEquals(java.util.Arrays.stream(expected).mapToInt(Integer::intValue).toArray(),
                BinaryMetrics.byScoreAscending(scores));
    }
}
