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
        // the keys are distinct (the index is part of each), so the k largest are one set whatever the algorithm:
        // a partial selection (linear on average) instead of sorting them all (a mask update sorted 32 k keys per
        // layer, ~1.5 ms, for a few hundred winners)
        int from = keys.length - k;
        selectLargest(keys, from);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = ~(int) keys[from + i];
        Arrays.sort(out);
        return out;
    }

    /**
     * Reorders {@code keys} so that {@code keys[from ..]} holds the {@code keys.length − from} largest (in any
     * order) and everything before them is smaller: quickselect with a median-of-three pivot, insertion sort for
     * short ranges.
     */
    static void selectLargest(long[] keys, int from) {
        int lo = 0, hi = keys.length - 1;
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < keys[lo]) swap(keys, mid, lo);
            if (keys[hi] < keys[lo]) swap(keys, hi, lo);
            if (keys[hi] < keys[mid]) swap(keys, hi, mid);
            long pivot = keys[mid];
            int i = lo, j = hi;
            while (i <= j) { // Hoare partition: [lo, j] <= pivot <= [i, hi]
                while (keys[i] < pivot) i++;
                while (keys[j] > pivot) j--;
                if (i <= j) swap(keys, i++, j--);
            }
            if (from <= j) hi = j;
            else if (from >= i) lo = i;
            else return; // from lies between the two parts: everything from it on is >= everything before it
        }
        Arrays.sort(keys, lo, hi + 1);
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** Maps a float to an int with the same order (NaN lowest). */
    static int sortable(float f) {
        if (Float.isNaN(f)) return Integer.MIN_VALUE;
        int bits = Float.floatToIntBits(f == 0f ? 0f : f); // -0 == +0
        return bits >= 0 ? bits : bits ^ 0x7fffffff;
    }
}
