package org.sparsegnn.engine.sparsity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.nn.Parameter;
import org.sparsegnn.engine.nn.Mask;

/**
 * Train-and-prune through an auxiliary sparse copy Z of each prunable weight W (ADMM, SLR), in three phases:
 * (1) {@code dense} training for T1 epochs; (2) {@code reweight} training for T2 epochs with the penalty
 * ρ/2‖W − Z + U‖² added to the loss (its gradient ρ(W − Z + U) added to W's), where Z is the per-layer projection
 * keeping the largest |W + U| and U = Λ/ρ the scaled multipliers, updated once per epoch by the subclass;
 * (3) hard prune of W to the target counts and masked {@code retrain} for T3 epochs. Only retrain epochs are
 * eligible for best-validation selection. The hard-pruned accuracy of the current W is reported every re-weight
 * epoch ({@code hard_pruned_*_accuracy}).
 * <p>Shared methodParams: dense_epochs (0 = --epochs), reweight_epochs (50), retrain_epochs (50), rho (0.01).
 */
public abstract class PenaltyPruningMethod extends AbstractSparsityMethod {
    protected int t1 = -1;
    protected int t2;
    protected int t3;
    /** Per prunable layer (in prunableParameters order): Z and U = Λ/ρ, row-major. */
    protected final List<float[]> z = new ArrayList<>();
    protected final List<float[]> u = new ArrayList<>();
    protected int[] counts;
    private int metricsEpoch = -1;
    private Map<String, Double> metricsCache = Map.of();

    protected static List<MethodParam> phaseParams(double rho) {
        return List.of(
                MethodParam.whole("dense_epochs", 0, 0, 1e6, "dense training epochs T1 (0 = the configured --epochs)"),
                MethodParam.whole("reweight_epochs", 50, 0, 1e6, "re-weighted (penalised) training epochs T2"),
                MethodParam.whole("retrain_epochs", 50, 0, 1e6, "masked retraining epochs T3 after the hard prune"),
                MethodParam.real("rho", rho, 0, 1e6, "penalty coefficient ρ"));
    }

    @Override
    protected void configured(MethodSpec config) {
        t1 = param("dense_epochs") > 0 ? (int) param("dense_epochs") : config.epochs();
        t2 = (int) param("reweight_epochs");
        t3 = (int) param("retrain_epochs");
    }

    @Override
    public int totalEpochs(int configuredEpochs) {
        if (t1 < 0) { // not configured: defaults around the configured epoch count
            t1 = configuredEpochs;
            t2 = (int) param("reweight_epochs");
            t3 = (int) param("retrain_epochs");
        }
        return t1 + t2 + t3;
    }

    @Override
    public String initialPhase() {
        return "dense";
    }

    @Override
    public void onEpochStart(TrainingContext ctx) {
        if (ctx.epoch() == t1 + 1 && t2 > 0) {
            ctx.setPhase("reweight", id().toUpperCase() + " re-weighted training towards sparsity " + config().sparsity());
            counts = targetCounts(ctx);
            z.clear();
            u.clear();
            for (int l = 0; l < counts.length; l++) {
                float[] w = Tensors.read(ctx.prunableParameters().get(l).value());
                z.add(project(w, new float[w.length], counts[l]));
                u.add(new float[w.length]);
            }
            startReweight(ctx);
        }
        if (ctx.epoch() == t1 + t2 + 1) {
            hardPrune(ctx);
            z.clear();
            u.clear();
            ctx.setPhase("retrain", "hard prune to sparsity " + config().sparsity() + ", masked retraining");
        }
    }

    /** Hook at the start of the re-weight phase (Z = Π(W), U = 0 are set). */
    protected void startReweight(TrainingContext ctx) {
    }

    protected boolean reweighting(TrainingContext ctx) {
        return "reweight".equals(ctx.phase()) && !z.isEmpty();
    }

    @Override
    public double beforeOptimizerStep(TrainingContext ctx) {
        if (!reweighting(ctx)) return 0.0;
        double rho = param("rho");
        double penalty = 0;
        List<Parameter> params = ctx.prunableParameters();
        for (int l = 0; l < params.size(); l++) {
            Parameter p = params.get(l);
            float[] w = Tensors.read(p.value());
            float[] zl = z.get(l);
            float[] ul = u.get(l);
            float[] grad = new float[w.length];
            for (int i = 0; i < w.length; i++) {
                double d = w[i] - zl[i] + ul[i];
                penalty += d * d;
                grad[i] = (float) (rho * d);
            }
            Tensors.addInPlace(p.gradient(), grad);
        }
        return rho / 2 * penalty;
    }

    @Override
    public void onEpochEnd(TrainingContext ctx) {
        if (reweighting(ctx)) updateDuals(ctx);
    }

    /** One multiplier / Z update at the end of a re-weight epoch. */
    protected abstract void updateDuals(TrainingContext ctx);

    @Override
    public boolean selectable(TrainingContext ctx) {
        return "retrain".equals(ctx.phase()) || t2 + t3 == 0;
    }

    @Override
    public Map<String, Double> epochMetrics(TrainingContext ctx) {
        if (!reweighting(ctx)) return Map.of();
        if (metricsEpoch != ctx.epoch()) { // evaluate once per epoch however often the trainer asks
            metricsEpoch = ctx.epoch();
            Map<String, Mask> pruned = new LinkedHashMap<>();
            List<Parameter> params = ctx.prunableParameters();
            for (int l = 0; l < params.size(); l++) {
                Parameter p = params.get(l);
                pruned.put(p.name(), topMask(p, Tensors.abs(Tensors.read(p.value())), counts[l]));
            }
            Evaluation e = ctx.evaluateWithMasks(pruned);
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("hard_pruned_train_accuracy", e.train());
            m.put("hard_pruned_val_accuracy", e.val());
            m.put("hard_pruned_test_accuracy", e.test());
            m.putAll(dualMetrics());
            metricsCache = m;
        }
        return metricsCache;
    }

    /** Method-specific per-epoch diagnostics (SLR: step size, which surrogate conditions held). */
    protected Map<String, Double> dualMetrics() {
        return Map.of();
    }

    /** Z = Π(w + u): keeps the {@code keep} largest |w + u|, zero elsewhere. */
    protected static float[] project(float[] w, float[] u, int keep) {
        float[] sum = new float[w.length];
        float[] mag = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            sum[i] = w[i] + u[i];
            mag[i] = Math.abs(sum[i]);
        }
        float[] out = new float[w.length];
        for (int i : TopK.largest(mag, keep)) out[i] = sum[i];
        return out;
    }

    /** ‖a − b‖ (Frobenius). */
    protected static double distance(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** The multiplier and penalty terms of L_ρ for one layer: ρ⟨U, W − Z⟩ + ρ/2‖W − Z‖². */
    protected static double coupling(float[] w, float[] zl, float[] ul, double rho) {
        double dot = 0;
        double sq = 0;
        for (int i = 0; i < w.length; i++) {
            double d = w[i] - zl[i];
            dot += ul[i] * d;
            sq += d * d;
        }
        return rho * dot + rho / 2 * sq;
    }
}
