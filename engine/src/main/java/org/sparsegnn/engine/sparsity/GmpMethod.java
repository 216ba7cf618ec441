package org.sparsegnn.engine.sparsity;

import java.util.List;
import org.sparsegnn.engine.nn.Parameter;
import org.sparsegnn.engine.nn.Mask;

/**
 * Gradual magnitude pruning (Zhu &amp; Gupta 2017): from step t0 = start·T to t1 = end·T, every {@code delta_t}
 * steps each layer's sparsity follows s_t = s_f + (s_i − s_f)(1 − (t − t0)/(t1 − t0))³ and the smallest-magnitude
 * active weights are dropped to reach it; the last prune lands exactly on the target counts. Updates only drop.
 * <p>methodParams: start (0.1), end (0.75), delta_t (10), initial_sparsity (0).
 */
public final class GmpMethod extends AbstractSparsityMethod {
    private boolean finished;

    @Override
    public String id() {
        return "gmp";
    }

    @Override
    public String description() {
        return "Gradual magnitude pruning with the cubic schedule";
    }

    @Override
    public List<MethodParam> params() {
        return List.of(
                MethodParam.real("start", 0.1, 0, 1, "fraction of training steps before pruning starts"),
                MethodParam.real("end", 0.75, 0, 1, "fraction of training steps at which the target sparsity is reached"),
                MethodParam.whole("delta_t", 10, 1, 1e9, "optimizer steps between prunes"),
                MethodParam.real("initial_sparsity", 0.0, 0, 1, "sparsity s_i at the first prune"));
    }

    @Override
    public String initialPhase() {
        return "prune";
    }

    @Override
    protected void start(TrainingContext ctx) {
        for (Parameter p : ctx.prunableParameters()) installMask(ctx, p, Mask.dense(p.rows(), p.cols()));
    }

    @Override
    public double beforeOptimizerStep(TrainingContext ctx) {
        if (finished) return 0.0;
        long t0 = Math.round(param("start") * ctx.totalSteps());
        long t1 = Math.max(t0, Math.round(param("end") * ctx.totalSteps()) - 1);
        long step = ctx.step();
        boolean last = step >= t1;
        if (step < t0 || (!last && (step - t0) % (long) param("delta_t") != 0)) return 0.0;
        double progress = t1 == t0 ? 1.0 : Math.min(1.0, (double) (step - t0) / (t1 - t0));
        double cubic = Math.pow(1.0 - progress, 3);
        int[] finalCounts = targetCounts(ctx);
        double si = param("initial_sparsity");
        int round = nextUpdateRound();
        List<Parameter> params = ctx.prunableParameters();
        for (int l = 0; l < params.size(); l++) {
            Parameter p = params.get(l);
            double finalSparsity = 1.0 - (double) finalCounts[l] / p.size();
            double target = finalSparsity + (Math.min(si, finalSparsity) - finalSparsity) * cubic;
            int keep = last ? finalCounts[l] : Math.max(finalCounts[l], (int) Math.round((1.0 - target) * p.size()));
            Mask mask = p.mask();
            int drop = mask.nnz() - keep;
            if (drop <= 0) continue;
            int[] dropped = TopK.smallest(Tensors.abs(Tensors.read(p.value())), mask.activeIndices(), drop);
            updateMask(ctx, p, dropped, new int[0], id(), round);
        }
        if (last) {
            finished = true;
            ctx.setPhase("finetune", "gradual pruning reached sparsity " + config().sparsity());
        }
        return 0.0;
    }

    @Override
    public boolean selectable(TrainingContext ctx) {
        return finished;
    }
}
