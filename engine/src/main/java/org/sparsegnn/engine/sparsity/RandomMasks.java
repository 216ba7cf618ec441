package org.sparsegnn.engine.sparsity;

import java.util.Arrays;
import java.util.Random;
import org.sparsegnn.engine.nn.Mask;

/** Uniformly random choices with exact counts (partial Fisher–Yates), drawn from the run's seeded source. */
public final class RandomMasks {
    private RandomMasks() {
    }

    /** A rows × cols mask with exactly {@code nnz} active weights. */
    public static Mask exact(int rows, int cols, int nnz, Random random) {
        int[] all = new int[rows * cols];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return Mask.ofActive(rows, cols, choose(all, nnz, random));
    }

    /** {@code k} distinct elements of {@code candidates}, sorted ascending. */
    public static int[] choose(int[] candidates, int k, Random random) {
        if (k > candidates.length) throw new IllegalArgumentException("cannot pick " + k + " of " + candidates.length);
        int[] a = candidates.clone();
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(a.length - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        int[] out = Arrays.copyOf(a, k);
        Arrays.sort(out);
        return out;
    }
}
