package org.sparsegnn.engine.train;

import java.util.HashSet;
import java.util.Set;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.sparsity.MethodParam;
import org.sparsegnn.engine.sparsity.SparsityDistribution;
import org.sparsegnn.engine.sparsity.SparsityMethods;

/**
 * {@code --preset paper}: the paper's per-task settings (§IV-C and the authors' code), keyed on the config's
 * method, model and task. Applied to the defaults before explicit options, so anything the user sets wins.
 * <ul>
 *   <li>SLR / ADMM, GCN: 200 dense / 50 re-weight / 50 retrain epochs, s0 = 0.001, ρ = 0.01, only the first GCN
 *       layer pruned, Adam 0.01;</li>
 *   <li>SLR / ADMM, FNN link prediction: 20 / 10 / 10, s0 = ρ = 0.01, SGD lr 0.05 × 0.98 per epoch, batch 1024;</li>
 *   <li>SLR / ADMM, FNN node classification: 20 / 10 / 10, s0 = ρ = 0.02, SGD lr 0.005 × 0.98, batch 1024;</li>
 *   <li>sparse training (set, rigl, itop, dst-ee), GCN: ERK at sparsity 0.9, ΔT = 50 steps, death rate 0.5,
 *       300 epochs, Adam 0.01 (ITOP's GCN setting);</li>
 *   <li>sparse training, FNN: 40 epochs, SGD lr 0.1 with cosine annealing, batch 128 (link) / 512 (node),
 *       ΔT = 1000 steps, death rate 0.5.</li>
 * </ul>
 * SLR's M = 200 and r = 0.1 are its defaults.
 */
public final class PaperPreset {
    private static final Set<String> PENALTY = Set.of("slr", "admm");
    private static final Set<String> DROP_GROW = Set.of("set", "rigl", "itop", "dst-ee");

    private PaperPreset() {
    }

    public static TrainingConfig apply(TrainingConfig c) {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(c);
        boolean gcn = c.model() == ModelKind.GCN;
        boolean link = c.task() == TaskKind.LINK;
        if (PENALTY.contains(c.method())) {
            if (gcn) {
                phases(b, 200, 50, 50);
                b.methodParams.put("s0", 0.001);
                b.methodParams.put("rho", 0.01);
                b.prunableLayers = "first";
                b.optimizer = "adam";
                b.lr = 0.01;
            } else {
                phases(b, 20, 10, 10);
                double s = link ? 0.01 : 0.02;
                b.methodParams.put("s0", s);
                b.methodParams.put("rho", s);
                b.optimizer = "sgd";
                b.lr = link ? 0.05 : 0.005;
                b.lrSchedule = "exponential";
                b.lrGamma = 0.98;
                b.batchSize = 1024;
            }
        } else if (DROP_GROW.contains(c.method())) {
            b.methodParams.put("drop_fraction", 0.5);
            if (gcn) {
                b.distribution = SparsityDistribution.ERK;
                b.sparsity = 0.9;
                b.epochs = 300;
                b.optimizer = "adam";
                b.lr = 0.01;
                b.methodParams.put("delta_t", 50.0);
            } else {
                b.epochs = 40;
                b.optimizer = "sgd";
                b.lr = 0.1;
                b.lrSchedule = "cosine";
                b.batchSize = link ? 128 : 512;
                b.methodParams.put("delta_t", 1000.0);
            }
        }
        b.methodParams.keySet().retainAll(known(c.method()));
        return b.build();
    }

    private static void phases(TrainingConfigBuilder b, int t1, int t2, int t3) {
        b.epochs = t1;
        b.methodParams.put("dense_epochs", (double) t1);
        b.methodParams.put("reweight_epochs", (double) t2);
        b.methodParams.put("retrain_epochs", (double) t3);
    }

    /** Keys the method documents (presets never add keys a method would reject as unknown). */
    private static Set<String> known(String method) {
        Set<String> keys = new HashSet<>();
        for (MethodParam p : SparsityMethods.describe(method)) keys.add(p.key());
        return keys;
    }
}
