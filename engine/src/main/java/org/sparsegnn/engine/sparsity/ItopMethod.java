package org.sparsegnn.engine.sparsity;

import java.util.List;

/**
 * In-Time Over-Parameterization (Liu et al. 2021) as the paper runs it: gradient growth, death rate 0.5
 * cosine-decayed to 0.005 over the whole run (no stop), updates every ΔT = 50 steps, optimizer step as usual at
 * updates. The paper's GCN setting (ERK density 0.1, 300 epochs, Adam 0.01) comes with {@code --preset paper}.
 * <p>methodParams: delta_t (50), drop_fraction (0.5), drop_fraction_end (0.005), t_end (1), skip_step (0), sparse_init (1).
 */
public final class ItopMethod extends GradientGrowthMethod {
    @Override
    public String id() {
        return "itop";
    }

    @Override
    public String description() {
        return "ITOP: gradient growth, death rate 0.5 → 0.005 (cosine) over the whole run";
    }

    @Override
    public List<MethodParam> params() {
        return scheduleParams(50, 0.5, 0.005, 1.0, 0);
    }
}
