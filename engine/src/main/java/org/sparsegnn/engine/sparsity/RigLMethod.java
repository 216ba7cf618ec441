package org.sparsegnn.engine.sparsity;

import java.util.List;

/**
 * RigL (Evci et al. 2020): drop the smallest magnitudes, grow the largest dense-gradient magnitudes computed at the
 * update step; drop fraction α/2·(1+cos(πt/T_end)), α = 0.3, ΔT = 100, updates stop at 75 % of training, and the
 * update step makes no optimizer step. Grown weights start at zero with reset optimizer state.
 * <p>methodParams: delta_t (100), drop_fraction (0.3), drop_fraction_end (0), t_end (0.75), skip_step (1), sparse_init (1).
 */
public final class RigLMethod extends GradientGrowthMethod {
    @Override
    public String id() {
        return "rigl";
    }

    @Override
    public String description() {
        return "RigL: drop smallest |w|, grow largest |dense gradient|, cosine drop fraction";
    }

    @Override
    public List<MethodParam> params() {
        return scheduleParams(100, 0.3, 0.0, 0.75, 1);
    }
}
