package org.sparsegnn.engine.sparsity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopKTest {
    @Test
    void picksLargestAndSmallestWithIndexTieBreak() {
        float[] s = {0.5f, -2f, 3f, 0.5f, 0f, -0f, Float.NaN};
        int[] all = {0, 1, 2, 3, 4, 5, 6};
        assertArrayEquals(new int[] {0, 2}, TopK.largest(s, all, 2), "3 then the lower-index 0.5");
        assertArrayEquals(new int[] {1}, TopK.smallest(s, new int[] {0, 1, 2, 3, 4, 5}, 1));
        assertArrayEquals(new int[] {1, 4}, TopK.smallest(s, new int[] {0, 1, 2, 3, 4, 5}, 2), "-0 == 0, lower index wins");
        assertArrayEquals(new int[] {3}, TopK.largest(s, new int[] {3, 4, 6}, 1), "NaN counts as smallest");
    }

    @Test
    void partialSelectionPicksWhatAFullSortPicks() {
        Random r = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + r.nextInt(trial < 100 ? 40 : 3000);
            float[] s = new float[n];
            for (int i = 0; i < n; i++) s[i] = r.nextInt(4) == 0 ? r.nextInt(3) : (float) r.nextGaussian(); // many ties
            int[] candidates = IntStream.range(0, n).filter(i -> r.nextInt(3) > 0).toArray();
            int k = candidates.length == 0 ? 0 : r.nextInt(candidates.length + 1);
            assertArrayEquals(bySort(s, candidates, k, true), TopK.largest(s, candidates, k), "largest, trial " + trial);
            assertArrayEquals(bySort(s, candidates, k, false), TopK.smallest(s, candidates, k), "smallest, trial " + trial);
        }
    }

    /** The k best by a full sort: score order (largest or smallest first), lower index first among equal scores. */
    private static int[] bySort(float[] s, int[] candidates, int k, boolean largest) {
        Comparator<Integer> byScore = Comparator.comparingDouble(i -> s[i] == 0f ? 0.0 : (double) s[i]);
        if (largest) byScore = byScore.reversed();
        int[] best = Arrays.stream(candidates).boxed().sorted(byScore.thenComparingInt(i -> i)).limit(k)
                .mapToInt(Integer::intValue).toArray();
        Arrays.sort(best);
        return best;
    }
}
