package org.sparsegnn.engine.train;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sparsegnn.engine.nn.Floats;
import org.sparsegnn.engine.nn.Mask;
import org.sparsegnn.engine.nn.Parameter;

/**
 * Element-wise masking of weights and the weight-decay term (plain Java over the buffers). Gradients are not
 * masked: the optimizer updates masked weights at their active positions only, so what the gradient holds
 * elsewhere never reaches a weight. Values already zeroed for the current mask are not zeroed again (nothing
 * writes inactive positions in between: the optimizer does not, and mask changes zero what they drop and grow).
 * Either would otherwise cost two copies of every weight matrix per step.
 */
final class Masking {
    private Masking() {
    }

    /** Zeroes masked weights unless they are known to be zero for the current mask. */
    static void maskValues(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            if (p.isMasked() && !p.valuesMaskedForCurrentMask()) {
                multiply(p.value(), p.mask());
                p.markValuesMasked();
            }
        }
    }

    static void multiply(INDArray a, Mask mask) {
        float[] v = Floats.read(a);
        float[] m = mask.asFloats();
        for (int i = 0; i < v.length; i++) v[i] *= m[i];
        Floats.write(v, a);
    }

    /**
     * Adds {@code decay · W} to the gradient of each parameter (TF's weight_decay · l2_loss, l2 = ½‖W‖²); for a
     * masked weight at its active positions only, since the inactive weights are zero and add nothing.
     */
    static void addWeightDecay(List<Parameter> parameters, double decay) {
        if (decay == 0) return;
        float d = (float) decay;
        for (Parameter p : parameters) {
            if (p.isMasked()) {
                int[] at = p.activeIndex().flatIndices();
                float[] w = new float[at.length];
                Floats.gather(p.value(), at, w);
                float[] active = p.activeGradient();
                float[] g = active != null ? active : new float[at.length];
                if (active == null) Floats.gather(p.gradient(), at, g);
                for (int e = 0; e < at.length; e++) g[e] += d * w[e];
                if (active == null) Floats.scatter(g, at, p.gradient());
                continue;
            }
            float[] w = Floats.read(p.value());
            float[] g = Floats.read(p.gradient());
            for (int i = 0; i < g.length; i++) g[i] += d * w[i];
            Floats.write(g, p.gradient());
        }
    }
}
