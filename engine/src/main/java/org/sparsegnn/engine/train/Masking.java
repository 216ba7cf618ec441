package org.sparsegnn.engine.train;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sparsegnn.engine.nn.Floats;
import org.sparsegnn.engine.nn.Mask;
import org.sparsegnn.engine.nn.Parameter;

/**
 * Element-wise masking of weights and gradients (plain Java over the buffers: one copy each way). Gradients that
 * a sparse-kernel layer computed at the active positions only need no masking, and values already zeroed for the
 * current mask are not zeroed again (nothing writes inactive positions in between: the optimizer updates masked
 * weights at their active positions only, and mask changes zero what they drop and grow): both would otherwise
 * cost two copies of every weight matrix per step.
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

    static void maskGradients(List<Parameter> parameters) {
        for (Parameter p : parameters) if (p.isMasked() && p.activeGradient() == null) multiply(p.gradient(), p.mask());
    }

    static void multiply(INDArray a, Mask mask) {
        float[] v = Floats.read(a);
        float[] m = mask.asFloats();
        for (int i = 0; i < v.length; i++) v[i] *= m[i];
        Floats.write(v, a);
    }

    /** Adds {@code decay · W} to the gradient of each parameter (TF's weight_decay · l2_loss, l2 = ½‖W‖²). */
    static void addWeightDecay(List<Parameter> parameters, double decay) {
        if (decay == 0) return;
        float d = (float) decay;
        for (Parameter p : parameters) {
            float[] active = p.activeGradient();
            if (active != null) { // only the active positions have a gradient (and a nonzero weight)
                int[] at = p.activeIndex().flatIndices();
                float[] w = new float[at.length];
                Floats.gather(p.value(), at, w);
                for (int e = 0; e < at.length; e++) active[e] += d * w[e];
                continue;
            }
            float[] w = Floats.read(p.value());
            float[] g = Floats.read(p.gradient());
            for (int i = 0; i < g.length; i++) g[i] += d * w[i];
            Floats.write(g, p.gradient());
        }
    }
}
