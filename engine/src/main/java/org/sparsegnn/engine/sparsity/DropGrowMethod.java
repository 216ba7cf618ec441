package org.sparsegnn.engine.sparsity;

import java.util.List;
import org.sparsegnn.engine.nn.Parameter;
import org.sparsegnn.engine.nn.Mask;

/**
 * Dynamic sparse training: a random mask with exact per-layer counts (uniform or ERK) from the first step, then
 * every ΔT steps each layer drops its smallest-magnitude active weights and grows as many inactive ones (chosen
 * by {@link #growScores}), so nnz per layer never changes. The drop fraction follows a cosine from
 * {@code drop_fraction} to {@code drop_fraction_end} over the first {@code t_end} of training, after which the
 * mask stays fixed. Subclasses only say how to score candidates for growth.
 * <p>Initialisation: by default ({@code sparse_init = 1}) the initial active weights are scaled by 1/√density so
 * each unit's pre-activation variance matches the dense initialisation (sparse-aware init, Evci et al. 2022,
 * "Gradient Flow in Sparse Neural Networks"). On GCN/Cora at ERK 0.9 without it the sparse network barely moves
 * for the first ~50 epochs (row-normalised bag-of-words inputs hit ~2 active weights per unit); {@code
 * sparse_init = 0} gives RigL's original "mask the dense init".
 */
public abstract class DropGrowMethod extends AbstractSparsityMethod {

    /** The shared schedule parameters with this method's defaults. */
    protected static List<MethodParam> scheduleParams(double deltaT, double drop, double dropEnd, double tEnd,
                                                      double skip) {
        return List.of(
                MethodParam.whole("delta_t", deltaT, 1, 1e9, "optimizer steps between mask updates (ΔT)"),
                MethodParam.real("drop_fraction", drop, 0, 1, "fraction of active weights dropped at the first update (α)"),
                MethodParam.real("drop_fraction_end", dropEnd, 0, 1, "drop fraction the cosine decays to at t_end"),
                MethodParam.real("t_end", tEnd, 0, 1, "fraction of training after which the mask is frozen"),
                MethodParam.whole("skip_step", skip, 0, 1, "1 = no optimizer step at update steps (RigL), 0 = step as usual"),
                MethodParam.whole("sparse_init", 1, 0, 1,
                        "1 = scale the initial active weights by 1/√density (sparse-aware init), 0 = mask the dense init as is"));
    }

    @Override
    public String initialPhase() {
        return "sparse";
    }

    @Override
    protected void start(TrainingContext ctx) {
        int[] counts = targetCounts(ctx);
        List<Parameter> params = ctx.prunableParameters();
        for (int l = 0; l < params.size(); l++) {
            Parameter p = params.get(l);
            installMask(ctx, p, RandomMasks.exact(p.rows(), p.cols(), counts[l], ctx.random()));
            if (param("sparse_init") >= 1 && counts[l] > 0) p.value().muli(Math.sqrt((double) p.size() / counts[l]));
        }
    }

    /** Whether the current step updates masks. */
    protected boolean isUpdateStep(TrainingContext ctx) {
        long step = ctx.step();
        long deltaT = (long) param("delta_t");
        return step > 0 && step % deltaT == 0 && step < endStep(ctx);
    }

    private double endStep(TrainingContext ctx) {
        return param("t_end") * ctx.totalSteps();
    }

    /** Cosine-annealed drop fraction at the current step. */
    protected double dropFraction(TrainingContext ctx) {
        double a0 = param("drop_fraction");
        double a1 = param("drop_fraction_end");
        double t = Math.min(1.0, ctx.step() / Math.max(1.0, endStep(ctx)));
        return a1 + (a0 - a1) / 2.0 * (1.0 + Math.cos(Math.PI * t));
    }

    /**
     * At update steps: for growth by gradient, and whenever the optimizer still steps afterwards, since grown
     * weights then take their first step from the gradient at their (so far inactive) positions.
     */
    @Override
    public boolean needsDenseGradient(TrainingContext ctx) {
        return isUpdateStep(ctx) && (usesDenseGradient() || !skipOptimizerStep(ctx));
    }

    @Override
    public boolean skipOptimizerStep(TrainingContext ctx) {
        return param("skip_step") >= 1 && isUpdateStep(ctx);
    }

    @Override
    public double beforeOptimizerStep(TrainingContext ctx) {
        if (!isUpdateStep(ctx)) return 0.0;
        int round = nextUpdateRound();
        double fraction = dropFraction(ctx);
        for (Parameter p : ctx.prunableParameters()) updateLayer(ctx, p, fraction, round);
        return 0.0;
    }

    private void updateLayer(TrainingContext ctx, Parameter p, double fraction, int round) {
        Mask mask = p.mask();
        int[] active = mask.activeIndices();
        int k = (int) Math.round(fraction * active.length);
        float[] magnitude = Tensors.abs(Tensors.read(p.value()));
        int[] dropped = TopK.smallest(magnitude, active, k);
        // growth candidates: everything inactive once the dropped weights are gone (so regrowth is possible)
        int[] inactive = mask.inactiveIndices();
        int[] candidates = new int[inactive.length + dropped.length];
        System.arraycopy(inactive, 0, candidates, 0, inactive.length);
        System.arraycopy(dropped, 0, candidates, inactive.length, dropped.length);
        int[] grown = grow(ctx, p, candidates, k);
        if (usesDenseGradient()) {
            ctx.countGrowthGradient(p);
        }
        beforeUpdate(p, mask);
        updateMask(ctx, p, dropped, grown, id(), round);
    }

    /** Picks {@code k} of the candidates to grow; default: the largest {@link #growScores}. */
    protected int[] grow(TrainingContext ctx, Parameter p, int[] candidates, int k) {
        return TopK.largest(growScores(ctx, p), candidates, k);
    }

    /** Score per flat index of the layer; larger = grown first. */
    protected float[] growScores(TrainingContext ctx, Parameter p) {
        throw new UnsupportedOperationException(id() + " must override grow or growScores");
    }

    /** Whether growth needs the dense weight gradient (counted as extra FLOPs). */
    protected abstract boolean usesDenseGradient();

    /** Hook before a layer's mask changes (DST-EE counts how long weights have been active). */
    protected void beforeUpdate(Parameter p, Mask maskBefore) {
    }

    /** |gradient| of every weight, masked ones included (the trainer keeps gradients dense until the step). */
    protected static float[] gradientMagnitude(Parameter p) {
        return Tensors.abs(Tensors.read(p.gradient()));
    }
}
