package org.sparsegnn.engine.sparsity;

import java.util.List;

/**
 * Train, prune once, fine-tune: dense training for the first {@code prune_at} of the epochs, then each prunable
 * layer keeps its largest-magnitude weights (counts from the configured distribution) and the rest of the run is
 * masked fine-tuning. Only fine-tuning epochs are eligible for best-validation selection.
 * <p>methodParams: prune_at (0.5).
 */
public final class MagnitudeMethod extends AbstractSparsityMethod {
    @Override
    public String id() {
        return "magnitude";
    }

    @Override
    public String description() {
        return "One-shot magnitude pruning after dense training, then masked fine-tuning";
    }

    @Override
    public List<MethodParam> params() {
        return List.of(MethodParam.real("prune_at", 0.5, 0, 1, "fraction of the epochs trained dense before the prune"));
    }

    @Override
    public String initialPhase() {
        return "dense";
    }

    @Override
    public void onEpochStart(TrainingContext ctx) {
        int pruneEpoch = (int) Math.round(param("prune_at") * ctx.totalEpochs());
        if (ctx.epoch() == pruneEpoch + 1 && !"finetune".equals(ctx.phase())) {
            hardPrune(ctx);
            ctx.setPhase("finetune", "one-shot magnitude prune to sparsity " + config().sparsity());
        }
    }

    @Override
    public boolean selectable(TrainingContext ctx) {
        return "finetune".equals(ctx.phase());
    }
}
