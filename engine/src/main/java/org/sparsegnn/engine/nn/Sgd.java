package org.sparsegnn.engine.nn;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent with optional momentum and Nesterov momentum (PyTorch's formulation:
 * {@code v ← μ·v + g}; plain: {@code w ← w − lr·v}; Nesterov: {@code w ← w − lr·(g + μ·v)}).
 */
public final class Sgd implements Optimizer {
    private final double momentum;
    private final boolean nesterov;
    private final Map<Parameter, float[]> velocity = new IdentityHashMap<>();

    public Sgd(double momentum, boolean nesterov) {
        if (momentum < 0 || momentum >= 1) throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        if (nesterov && momentum == 0) throw new IllegalArgumentException("Nesterov needs a momentum > 0");
        this.momentum = momentum;
        this.nesterov = nesterov;
    }

    @Override
    public void step(List<Parameter> parameters, double lr) {
        for (Parameter p : parameters) {
            if (p.isMasked()) {
                stepActive(p, lr);
                continue;
            }
            float[] w = Floats.read(p.value());
            float[] g = Floats.read(p.gradient());
            if (momentum == 0) {
                for (int i = 0; i < w.length; i++) w[i] -= (float) (lr * g[i]);
            } else {
                float[] v = velocity.computeIfAbsent(p, k -> new float[w.length]);
                for (int i = 0; i < w.length; i++) {
                    v[i] = (float) (momentum * v[i] + g[i]);
                    w[i] -= (float) (lr * (nesterov ? g[i] + momentum * v[i] : v[i]));
                }
            }
            Floats.write(w, p.value());
        }
    }

    /** The update of {@link #step} at the active positions of a masked parameter only. */
    private void stepActive(Parameter p, double lr) {
        Optimizer.ActiveSlice s = Optimizer.ActiveSlice.of(p);
        float[] w = s.w, g = s.g;
        int[] at = s.at;
        if (momentum == 0) {
            for (int e = 0; e < at.length; e++) w[e] -= (float) (lr * g[e]);
        } else {
            float[] v = velocity.computeIfAbsent(p, k -> new float[(int) p.size()]);
            for (int e = 0; e < at.length; e++) {
                int i = at[e];
                v[i] = (float) (momentum * v[i] + g[e]);
                w[e] -= (float) (lr * (nesterov ? g[e] + momentum * v[i] : v[i]));
            }
        }
        s.store(p);
    }

    @Override
    public void resetState(Parameter parameter, int[] flatIndices) {
        float[] v = velocity.get(parameter);
        if (v != null) for (int i : flatIndices) v[i] = 0f;
    }
}
