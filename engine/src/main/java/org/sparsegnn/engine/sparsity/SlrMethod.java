package org.sparsegnn.engine.sparsity;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Surrogate Lagrangian Relaxation pruning, the paper's train-and-prune method (§III-A, Gurevin et al. 2021).
 * Phases: dense training (T1) → SLR re-weighted training (T2) with loss CE + Σ ρ/2‖W − Z + Λ/ρ‖² → hard prune and
 * masked retraining (T3). At the end of every re-weight epoch k (W^k just trained):
 * <ol>
 *   <li>surrogate condition (3): L(W^k, Z^{k−1}, Λ) &lt; L(W^{k−1}, Z^{k−1}, Λ), with f the training loss; if it
 *       holds, s = α_k·s·‖W^{k−1} − Z^{k−1}‖/‖W^k − Z^{k−1}‖ and Λ ← Λ + s(W^k − Z^{k−1});</li>
 *   <li>Z^k = Π(W^k + Λ/ρ), the per-layer projection keeping the largest magnitudes;</li>
 *   <li>surrogate condition (5): L(W^k, Z^k, Λ) &lt; L(W^k, Z^{k−1}, Λ); if it holds,
 *       s = α_k·s·‖W^{k−1} − Z^{k−1}‖/‖W^k − Z^k‖ and Λ ← Λ + s(W^k − Z^k);</li>
 * </ol>
 * with α_k = 1 − 1/(M·k^(1 − 1/k^r)). Multipliers are stored as U = Λ/ρ. Step sizes are per layer, the
 * conditions are checked on the whole Lagrangian (f is shared by all layers). The hard-pruned accuracy of W is
 * reported every re-weight epoch.
 * <p>methodParams: dense_epochs (0 = --epochs), reweight_epochs (50), retrain_epochs (50), rho (0.01),
 * s0 (0.001), M (200), r (0.1). Paper settings for FNNs come with {@code --preset paper}.
 */
public final class SlrMethod extends PenaltyPruningMethod {
    private double[] step;
    private float[][] previousW;
    private double previousLoss;
    private int k;
    private boolean condition1;
    private boolean condition2;

    @Override
    public String id() {
        return "slr";
    }

    @Override
    public String description() {
        return "SLR: dense → SLR re-weighting with surrogate optimality conditions → hard prune + retrain";
    }

    @Override
    public List<MethodParam> params() {
        return MethodParam.concat(phaseParams(0.01), List.of(
                MethodParam.real("s0", 0.001, 0, 1e3, "initial multiplier step size s0"),
                MethodParam.real("M", 200, 1.000001, 1e9, "step-size rule constant M > 1"),
                MethodParam.real("r", 0.1, 1e-9, 0.999999, "step-size rule exponent 0 < r < 1")));
    }

    @Override
    protected void startReweight(TrainingContext ctx) {
        int n = z.size();
        step = new double[n];
        previousW = new float[n][];
        Arrays.fill(step, param("s0"));
        for (int l = 0; l < n; l++) previousW[l] = Tensors.read(ctx.prunableParameters().get(l).value());
        previousLoss = ctx.evaluateWithMasks(Map.of()).loss();
        k = 0;
    }

    /** α_k = 1 − 1/(M·k^(1 − 1/k^r)). */
    static double alpha(int k, double m, double r) {
        return 1.0 - 1.0 / (m * Math.pow(k, 1.0 - 1.0 / Math.pow(k, r)));
    }

    @Override
    protected void updateDuals(TrainingContext ctx) {
        k++;
        double rho = param("rho");
        double a = alpha(k, param("M"), param("r"));
        int n = z.size();
        float[][] w = new float[n][];
        for (int l = 0; l < n; l++) w[l] = Tensors.read(ctx.prunableParameters().get(l).value());
        double loss = ctx.evaluateWithMasks(Map.of()).loss();

        // condition (3): did the W-subproblem decrease the Lagrangian (Z, Λ fixed)?
        double lNew = loss;
        double lOld = previousLoss;
        double[] prevGap = new double[n];
        for (int l = 0; l < n; l++) {
            lNew += coupling(w[l], z.get(l), u.get(l), rho);
            lOld += coupling(previousW[l], z.get(l), u.get(l), rho);
            prevGap[l] = distance(previousW[l], z.get(l));
        }
        condition1 = lNew < lOld;
        if (condition1) {
            for (int l = 0; l < n; l++) {
                double gap = distance(w[l], z.get(l));
                if (gap > 0) step[l] = a * step[l] * prevGap[l] / gap;
                addMultiplier(u.get(l), w[l], z.get(l), step[l] / rho);
            }
        }

        // Z-subproblem, then condition (5): did the new Z decrease the Lagrangian (W, Λ fixed)?
        double before = 0;
        double after = 0;
        float[][] newZ = new float[n][];
        for (int l = 0; l < n; l++) {
            newZ[l] = project(w[l], u.get(l), counts[l]);
            before += coupling(w[l], z.get(l), u.get(l), rho);
            after += coupling(w[l], newZ[l], u.get(l), rho);
        }
        condition2 = after < before;
        for (int l = 0; l < n; l++) {
            z.set(l, newZ[l]);
            if (condition2) {
                double gap = distance(w[l], newZ[l]);
                if (gap > 0) step[l] = a * step[l] * prevGap[l] / gap;
                addMultiplier(u.get(l), w[l], newZ[l], step[l] / rho);
            }
            previousW[l] = w[l];
        }
        previousLoss = loss;
    }

    /** U ← U + c·(W − Z). */
    private static void addMultiplier(float[] ul, float[] w, float[] zl, double c) {
        for (int i = 0; i < ul.length; i++) ul[i] += (float) (c * (w[i] - zl[i]));
    }

    @Override
    protected Map<String, Double> dualMetrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        if (step == null) return m;
        double mean = 0;
        for (double s : step) mean += s / step.length;
        m.put("slr_step_size", mean);
        m.put("slr_condition_3", condition1 ? 1.0 : 0.0);
        m.put("slr_condition_5", condition2 ? 1.0 : 0.0);
        return m;
    }
}
