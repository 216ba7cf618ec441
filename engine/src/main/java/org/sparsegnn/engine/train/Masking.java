package org.sparsegnn.engine.train;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sparsegnn.engine.nn.Floats;
import org.sparsegnn.engine.nn.Mask;
import org.sparsegnn.engine.nn.Parameter;

/** Element-wise masking of weights and gradients (plain Java over the buffers: one copy each way). */
final class Masking {
    private Masking() {
    }

    static void maskValues(List<Parameter> parameters) {
        for (Parameter p : parameters) if (p.isMasked()) multiply(p.value(), p.mask());
    }

    static void maskGradients(List<Parameter> parameters) {
        for (Parameter p : parameters) if (p.isMasked()) multiply(p.gradient(), p.mask());
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
        for (Parameter p : parameters) {
            float[] w = Floats.read(p.value());
            float[] g = Floats.read(p.gradient());
            float d = (float) decay;
            for (int i = 0; i < g.length; i++) g[i] += d * w[i];
            Floats.write(g, p.gradient());
        }
    }
}
