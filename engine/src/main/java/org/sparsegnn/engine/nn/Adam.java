package org.sparsegnn.engine.nn;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma &amp; Ba) in TensorFlow's formulation, as Kipf's GCN code uses it:
 * {@code lr_t = lr·√(1−β2^t)/(1−β1^t)}, {@code w ← w − lr_t·m / (√v + ε)}.
 */
public final class Adam implements Optimizer {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final Map<Parameter, State> states = new IdentityHashMap<>();
    private long t;

    public Adam() {
        this(0.9, 0.999, 1e-8);
    }

    public Adam(double beta1, double beta2, double epsilon) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void step(List<Parameter> parameters, double lr) {
        t++;
        double lrT = lr * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
        float b1 = (float) beta1, b2 = (float) beta2, eps = (float) epsilon, a = (float) lrT;
        for (Parameter p : parameters) {
            if (p.isMasked()) {
                stepActive(p, b1, b2, eps, a);
                continue;
            }
            float[] w = Floats.read(p.value());
            float[] g = Floats.read(p.gradient());
            State s = states.computeIfAbsent(p, k -> new State(w.length));
            float[] m = s.m, v = s.v;
            for (int i = 0; i < w.length; i++) {
                float gi = g[i];
                m[i] = b1 * m[i] + (1 - b1) * gi;
                v[i] = b2 * v[i] + (1 - b2) * gi * gi;
                w[i] -= a * m[i] / ((float) Math.sqrt(v[i]) + eps);
            }
            Floats.write(w, p.value());
        }
    }

    /** The update of {@link #step} at the active positions of a masked parameter only. */
    private void stepActive(Parameter p, float b1, float b2, float eps, float a) {
        Optimizer.ActiveSlice s = Optimizer.ActiveSlice.of(p);
        State st = states.computeIfAbsent(p, k -> new State((int) p.size()));
        float[] m = st.m, v = st.v, w = s.w, g = s.g;
        int[] at = s.at;
        for (int e = 0; e < at.length; e++) {
            int i = at[e];
            float gi = g[e];
            m[i] = b1 * m[i] + (1 - b1) * gi;
            v[i] = b2 * v[i] + (1 - b2) * gi * gi;
            w[e] -= a * m[i] / ((float) Math.sqrt(v[i]) + eps);
        }
        s.store(p);
    }

    @Override
    public void resetState(Parameter parameter, int[] flatIndices) {
        State s = states.get(parameter);
        if (s == null) return;
        for (int i : flatIndices) {
            s.m[i] = 0f;
            s.v[i] = 0f;
        }
    }

    private static final class State {
        final float[] m;
        final float[] v;

        State(int n) {
            m = new float[n];
            v = new float[n];
        }
    }
}
