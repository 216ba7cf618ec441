package org.sparsegnn.engine.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link BatchDots} with the JDK Vector API: one SIMD accumulator per product, lanes added up once at the end.
 * Loaded only when the JVM resolved {@code jdk.incubator.vector} (see {@link BatchDots#INSTANCE}).
 */
final class VectorDots implements BatchDots {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public void dot4(float[] x, float[] d0, float[] d1, float[] d2, float[] d3, float[] out, int e, int n) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        int b = 0;
        for (; b + L <= n; b += L) {
            FloatVector xv = FloatVector.fromArray(S, x, b);
            a0 = xv.fma(FloatVector.fromArray(S, d0, b), a0);
            a1 = xv.fma(FloatVector.fromArray(S, d1, b), a1);
            a2 = xv.fma(FloatVector.fromArray(S, d2, b), a2);
            a3 = xv.fma(FloatVector.fromArray(S, d3, b), a3);
        }
        float s0 = a0.reduceLanes(VectorOperators.ADD), s1 = a1.reduceLanes(VectorOperators.ADD);
        float s2 = a2.reduceLanes(VectorOperators.ADD), s3 = a3.reduceLanes(VectorOperators.ADD);
        for (; b < n; b++) {
            float xb = x[b];
            s0 += xb * d0[b];
            s1 += xb * d1[b];
            s2 += xb * d2[b];
            s3 += xb * d3[b];
        }
        out[e] = s0;
        out[e + 1] = s1;
        out[e + 2] = s2;
        out[e + 3] = s3;
    }

    @Override
    public float sum(float[] v, int n) {
        FloatVector a = FloatVector.zero(S);
        int b = 0;
        for (; b + L <= n; b += L) a = a.add(FloatVector.fromArray(S, v, b));
        float s = a.reduceLanes(VectorOperators.ADD);
        for (; b < n; b++) s += v[b];
        return s;
    }

    @Override
    public String toString() {
        return "vector (" + L + " float lanes)";
    }
}
