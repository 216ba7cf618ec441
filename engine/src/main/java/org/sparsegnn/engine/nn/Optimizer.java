package org.sparsegnn.engine.nn;

import java.util.List;

/**
 * Updates parameters from their gradients (SGD with momentum / Nesterov, Adam). A masked parameter is updated at
 * its active positions only, with the same arithmetic as a dense update of the masked gradient followed by
 * masking the weights: the weights there end up equal, and the state of inactive positions never matters
 * because a weight that becomes active starts from {@link #resetState reset} state (every method resets grown
 * weights; masks installed later only remove weights).
 */
public interface Optimizer {
    /** One update of every parameter from its current gradient, at learning rate {@code lr}. */
    void step(List<Parameter> parameters, double lr);

    /** Forgets the per-weight state (momentum, Adam moments) of the given flat indices, e.g. for grown weights. */
    void resetState(Parameter parameter, int[] flatIndices);

    /** The active values and gradient of a masked parameter, gathered for an active-only update. */
    final class ActiveSlice {
        final int[] at;
        final float[] w;
        final float[] g;

        private ActiveSlice(int[] at, float[] w, float[] g) {
            this.at = at;
            this.w = w;
            this.g = g;
        }

        static ActiveSlice of(Parameter p) {
            int[] at = p.activeIndex().flatIndices();
            float[] w = new float[at.length];
            Floats.gather(p.value(), at, w);
            float[] g = p.activeGradient();
            if (g == null) {
                g = new float[at.length];
                Floats.gather(p.gradient(), at, g);
            }
            return new ActiveSlice(at, w, g);
        }

        /** Writes the updated values back into the parameter. */
        void store(Parameter p) {
            Floats.scatter(w, at, p.value());
        }
    }
}
