package org.sparsegnn.app.pipeline;

import java.util.Arrays;

/** Nearest-rank percentiles of recorded timings (pulse gaps, batch costs), all from one sort. */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * Percentiles {@code ps} (each 0..100; 100 = the maximum) of the first {@code n} values; NaN for each when
     * {@code n} is 0.
     */
    public static double[] of(double[] values, int n, double... ps) {
        double[] out = new double[ps.length];
        if (n == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        for (int i = 0; i < ps.length; i++) {
            int rank = (int) Math.ceil(ps[i] / 100.0 * n) - 1;
            out[i] = sorted[Math.max(0, Math.min(n - 1, rank))];
        }
        return out;
    }
}
