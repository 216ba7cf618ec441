package org.sparsegnn.engine.sparsity;

import java.util.List;
import org.sparsegnn.engine.nn.Parameter;

/**
 * SET (Mocanu et al. 2018): drop the smallest magnitudes, grow uniformly at random among inactive weights; no
 * gradient needed, so no extra FLOPs at updates.
 * <p>methodParams: delta_t (5), drop_fraction (0.7), drop_fraction_end (0), t_end (0.75), skip_step (0), sparse_init (1).
 * Random growth needs many more and larger exchanges than gradient growth: GCN on Cora, ERK 0.9, 300 epochs, 5
 * seeds: ΔT 100 / α 0.3 0.539 (200 epochs), ΔT 50 / α 0.5 0.671, ΔT 10 / α 0.5 0.746, ΔT 5 / α 0.5 0.763,
 * ΔT 5 / α 0.7 0.792 (RigL's defaults: 0.807).
 */
public final class SetMethod extends DropGrowMethod {
    @Override
    public String id() {
        return "set";
    }

    @Override
    public String description() {
        return "SET: drop smallest |w|, grow at random";
    }

    @Override
    public List<MethodParam> params() {
        return scheduleParams(5, 0.7, 0.0, 0.75, 0);
    }

    @Override
    protected int[] grow(TrainingContext ctx, Parameter p, int[] candidates, int k) {
        return RandomMasks.choose(candidates, k, ctx.random());
    }

    @Override
    protected boolean usesDenseGradient() {
        return false;
    }
}
