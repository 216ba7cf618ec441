package org.sparsegnn.engine.sparsity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.nn.Parameter;
import org.sparsegnn.engine.nn.Mask;

/**
 * DST-EE (exploitation + exploration): grows the inactive weights with the largest acquisition score
 * |g| + c · ln t / (N + ε), where t is the training iteration (step + 1) and N counts the mask updates at which the
 * weight was active, so rarely tried weights get a bonus. Drop, schedule and defaults as RigL (Cora, GCN, ERK 0.9,
 * 300 epochs, 5 seeds: 0.807).
 * <p>methodParams: delta_t (50), drop_fraction (0.5), drop_fraction_end (0), t_end (0.75), skip_step (1),
 * sparse_init (1), c (1e-5), eps (1).
 */
public final class DstEeMethod extends DropGrowMethod {
    private final Map<String, int[]> activeCounts = new HashMap<>();

    @Override
    public String id() {
        return "dst-ee";
    }

    @Override
    public String description() {
        return "DST-EE: grow by |gradient| + c·ln t/(N+ε) (exploitation + exploration)";
    }

    @Override
    public List<MethodParam> params() {
        return MethodParam.concat(scheduleParams(50, 0.5, 0.0, 0.75, 1), List.of(
                MethodParam.real("c", 1e-5, 0, 1e3, "exploration weight c"),
                MethodParam.real("eps", 1.0, 1e-12, 1e6, "ε in the exploration term's denominator")));
    }

    @Override
    protected float[] growScores(TrainingContext ctx, Parameter p) {
        float[] score = gradientMagnitude(p);
        int[] n = counts(p);
        double c = param("c");
        double eps = param("eps");
        double lnT = Math.log(ctx.step() + 1.0);
        for (int i = 0; i < score.length; i++) score[i] += (float) (c * lnT / (n[i] + eps));
        return score;
    }

    @Override
    protected void beforeUpdate(Parameter p, Mask maskBefore) {
        int[] n = counts(p);
        for (int i : maskBefore.activeIndices()) n[i]++;
    }

    private int[] counts(Parameter p) {
        return activeCounts.computeIfAbsent(p.name(), k -> new int[(int) p.size()]);
    }

    @Override
    protected boolean usesDenseGradient() {
        return true;
    }
}
