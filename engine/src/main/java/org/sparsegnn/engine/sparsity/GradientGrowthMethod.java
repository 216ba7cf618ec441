package org.sparsegnn.engine.sparsity;

import org.sparsegnn.engine.nn.Parameter;

/**
 * Drop-and-grow methods that grow where the dense gradient is largest (RigL, ITOP); they differ only in their
 * schedule parameters.
 */
abstract class GradientGrowthMethod extends DropGrowMethod {
    @Override
    protected final float[] growScores(TrainingContext ctx, Parameter p) {
        return gradientMagnitude(p);
    }

    @Override
    protected final boolean usesDenseGradient() {
        return true;
    }
}
