package org.sparsegnn.engine.nn;

/** {@link BatchDots} in plain Java: x is loaded once for four products, with eight independent sums. */
final class ScalarDots implements BatchDots {
    private final String description;

    ScalarDots(String description) {
        this.description = description;
    }

    @Override
    public void dot4(float[] x, float[] d0, float[] d1, float[] d2, float[] d3, float[] out, int e, int n) {
        float a0 = 0, a1 = 0, a2 = 0, a3 = 0, c0 = 0, c1 = 0, c2 = 0, c3 = 0;
        int b = 0;
        for (; b + 2 <= n; b += 2) {
            float xa = x[b], xc = x[b + 1];
            a0 += xa * d0[b];
            a1 += xa * d1[b];
            a2 += xa * d2[b];
            a3 += xa * d3[b];
            c0 += xc * d0[b + 1];
            c1 += xc * d1[b + 1];
            c2 += xc * d2[b + 1];
            c3 += xc * d3[b + 1];
        }
        if (b < n) {
            float xa = x[b];
            a0 += xa * d0[b];
            a1 += xa * d1[b];
            a2 += xa * d2[b];
            a3 += xa * d3[b];
        }
        out[e] = a0 + c0;
        out[e + 1] = a1 + c1;
        out[e + 2] = a2 + c2;
        out[e + 3] = a3 + c3;
    }

    @Override
    public float sum(float[] v, int n) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int b = 0;
        for (; b + 8 <= n; b += 8) {
            s0 += v[b];
            s1 += v[b + 1];
            s2 += v[b + 2];
            s3 += v[b + 3];
            s4 += v[b + 4];
            s5 += v[b + 5];
            s6 += v[b + 6];
            s7 += v[b + 7];
        }
        for (; b < n; b++) s0 += v[b];
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    @Override
    public String toString() {
        return description;
    }
}
