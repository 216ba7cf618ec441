package org.sparsegnn.engine.sparsity;

import java.util.List;

/**
 * ADMM pruning (Zhang et al. 2018): dense training, then re-weighted training with penalty ρ/2‖W − Z + U‖² where
 * after every epoch Z ← Π(W + U) and U ← U + W − Z, then hard prune and masked retraining.
 * <p>methodParams: dense_epochs (0 = --epochs), reweight_epochs (50), retrain_epochs (50), rho (0.01).
 */
public final class AdmmMethod extends PenaltyPruningMethod {
    @Override
    public String id() {
        return "admm";
    }

    @Override
    public String description() {
        return "ADMM: dense → penalised re-weighting (Z ← Π(W+U), U ← U+W−Z) → hard prune + retrain";
    }

    @Override
    public List<MethodParam> params() {
        return phaseParams(0.01);
    }

    @Override
    protected void updateDuals(TrainingContext ctx) {
        for (int l = 0; l < z.size(); l++) {
            float[] w = Tensors.read(ctx.prunableParameters().get(l).value());
            float[] ul = u.get(l);
            float[] zl = project(w, ul, counts[l]);
            for (int i = 0; i < w.length; i++) ul[i] += w[i] - zl[i];
            z.set(l, zl);
        }
    }
}
