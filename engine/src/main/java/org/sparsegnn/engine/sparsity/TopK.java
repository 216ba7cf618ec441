package org.sparsegnn.engine.sparsity;

import java.util.Arrays;

/**
 * Deterministic top-k selection over float scores (ties broken by the lower flat index), on plain arrays: the
 * drop/grow rules run it on every mask update, so it avoids per-element INDArray access.
 */
public final class TopK {
    private TopK() {
    }

    /** The k candidates with the largest scores, returned sorted by index. NaN scores count as smallest. */
    public static int[] largest(float[] scores, int[] candidates, int k) {
        return select(scores, candidates, k, true);
    }

    /** The k candidates with the smallest scores, returned sorted by index. */
    public static int[] smallest(float[] scores, int[] candidates, int k) {
        return select(scores, candidates, k, false);
    }

    /** The k flat indices of the whole array with the largest scores (sorted by index). */
    public static int[] largest(float[] scores, int k) {
        int[] all = new int[scores.length];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return largest(scores, all, k);
    }

    private static int[] select(float[] scores, int[] candidates, int k, boolean largest) {
        if (k < 0 || k > candidates.length) {
            throw new IllegalArgumentException("cannot pick " + k + " of " + candidates.length + " candidates");
        }
        if (k == 0) return new int[0];
        long[] keys = new long[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            int idx = candidates[i];
            int ord = sortable(scores[idx]);
            if (!largest) ord = ~ord; // reverse the score order; still a total order
            // high 32 bits: score order; low 32 bits: reversed index so lower indices win ties
            keys[i] = ((long) ord << 32) | (0xffffffffL & ~idx);
        }
        Arrays.sort(keys);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = ~(int) keys[keys.length - 1 - i];
        Arrays.sort(out);
        return out;
    }

    /** Maps a float to an int with the same order (NaN lowest). */
    static int sortable(float f) {
        if (Float.isNaN(f)) return Integer.MIN_VALUE;
        int bits = Float.floatToIntBits(f == 0f ? 0f : f); // -0 == +0
        return bits >= 0 ? bits : bits ^ 0x7fffffff;
    }
}
