package org.sparsegnn.engine.link;

import java.util.Arrays;

/**
 * Node pairs with 0/1 labels (1 = edge present). Positives come first, then negatives.
 *
 * @param src    first endpoint of each pair
 * @param dst    second endpoint
 * @param labels 1 for an edge, 0 for a sampled non-edge
 */
public record LabeledEdges(int[] src, int[] dst, float[] labels) {
    public LabeledEdges {
        if (src.length != dst.length || src.length != labels.length) {
            throw new IllegalArgumentException("src, dst and labels differ in length");
        }
    }

    public int size() {
        return src.length;
    }

    public int positives() {
        int p = 0;
        for (float l : labels) if (l > 0.5f) p++;
        return p;
    }

    static LabeledEdges of(int[] posSrc, int[] posDst, int[] negSrc, int[] negDst) {
        int p = posSrc.length, q = negSrc.length;
        int[] s = new int[p + q], d = new int[p + q];
        float[] y = new float[p + q];
        System.arraycopy(posSrc, 0, s, 0, p);
        System.arraycopy(posDst, 0, d, 0, p);
        System.arraycopy(negSrc, 0, s, p, q);
        System.arraycopy(negDst, 0, d, p, q);
        Arrays.fill(y, 0, p, 1f);
        return new LabeledEdges(s, d, y);
    }
}
