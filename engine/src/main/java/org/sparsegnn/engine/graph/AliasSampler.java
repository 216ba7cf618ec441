package org.sparsegnn.engine.graph;

import java.util.SplittableRandom;

/** Walker's alias method: O(1) draws from a fixed discrete distribution (used by the random graph generators). */
final class AliasSampler {
    private final double[] prob;
    private final int[] alias;

    AliasSampler(double[] weights) {
        int n = weights.length;
        prob = new double[n];
        alias = new int[n];
        double sum = 0;
        for (double w : weights) sum += w;
        double[] scaled = new double[n];
        int[] small = new int[n], large = new int[n];
        int ns = 0, nl = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / sum;
            if (scaled[i] < 1) small[ns++] = i;
            else large[nl++] = i;
        }
        while (ns > 0 && nl > 0) {
            int s = small[--ns], l = large[--nl];
            prob[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            if (scaled[l] < 1) small[ns++] = l;
            else large[nl++] = l;
        }
        while (nl > 0) prob[large[--nl]] = 1;
        while (ns > 0) prob[small[--ns]] = 1;
    }

    int sample(SplittableRandom rnd) {
        int i = rnd.nextInt(prob.length);
        return rnd.nextDouble() < prob[i] ? i : alias[i];
    }
}
