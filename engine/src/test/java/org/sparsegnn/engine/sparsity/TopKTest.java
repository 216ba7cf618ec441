package org.sparsegnn.engine.sparsity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
}
