package org.sparsegnn.engine.flops;

import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.nn.Mask;

/**
 * Training FLOPs (paper §III-C): a multiply-add counts as 2 FLOPs; training costs 3× the forward pass (forward,
 * plus backward for activations and for weights). GCN layers count the combination X·W and the aggregation Â·(XW)
 * separately. Two views of the same workload:
 * <ul>
 *   <li>counted — from nonzeros: combination = 2 · rows · fan_in · fan_out · input density · weight density;</li>
 *   <li>paper — §III-C's analytical rule: f_S = f_D·(1−p) for dense inputs; with sparse input embeddings
 *       (sparsity p_e) the first layer scales by (1−p_e)(1−p), its output is empty with probability
 *       p_o = (1 − (1−p_e)(1−p))^{d_in}, and the next layer scales by (1−p_o)(1−p_next), and so on.</li>
 * </ul>
 * Aggregation never shrinks with weight sparsity (XW is dense).
 */
public final class FlopsModel {
    private FlopsModel() {
    }

    /** Counted forward FLOPs of the combination X·W over one epoch at the given weight density. */
    public static double combinationFlops(LayerWorkload w, double weightDensity) {
        return 2.0 * w.rowsPerEpoch() * w.fanIn() * w.fanOut() * w.inputDensity() * weightDensity;
    }

    /** Forward FLOPs of the aggregation Â·(XW) over one epoch (0 for FNN layers). */
    public static double aggregationFlops(LayerWorkload w) {
        return 2.0 * w.aggregationNnz() * w.fanOut();
    }

    /** Forward FLOPs of one layer over one epoch, with the given weight density (1 = dense). */
    public static double forwardFlops(LayerWorkload w, double weightDensity) {
        return combinationFlops(w, weightDensity) + aggregationFlops(w);
    }

    /** Training FLOPs of one epoch (3 × forward) for the given masks (absent mask = dense layer). */
    public static double epochTrainingFlops(List<LayerWorkload> workloads, Map<String, Mask> masks) {
        double total = 0;
        for (LayerWorkload w : workloads) {
            Mask m = masks.get(w.weightName());
            total += 3.0 * forwardFlops(w, m == null ? 1.0 : m.density());
        }
        return total;
    }

    /**
     * §III-C: factor by which each layer's dense combination FLOPs shrink, for weight sparsities {@code p[l]} and
     * input embedding sparsity {@code pe} (0 = dense embeddings). Layers are in forward order.
     */
    public static double[] paperCombinationScales(List<LayerWorkload> layers, double[] p, double pe) {
        double[] scale = new double[layers.size()];
        double inputSparsity = pe;
        for (int l = 0; l < layers.size(); l++) {
            double hit = (1.0 - inputSparsity) * (1.0 - p[l]); // P(an input entry and its weight are both nonzero)
            scale[l] = hit;
            inputSparsity = Math.pow(1.0 - hit, layers.get(l).fanIn()); // output empty if no product is nonzero
        }
        return scale;
    }

    /** §III-C forward FLOPs of one epoch (combination scaled per {@link #paperCombinationScales}, plus aggregation). */
    public static double paperForwardFlops(List<LayerWorkload> layers, double[] p, double pe) {
        double[] scale = paperCombinationScales(layers, p, pe);
        double total = 0;
        for (int l = 0; l < layers.size(); l++) {
            LayerWorkload w = layers.get(l);
            double dense = 2.0 * w.rowsPerEpoch() * w.fanIn() * w.fanOut();
            total += dense * scale[l] + aggregationFlops(w);
        }
        return total;
    }

    /** SLR total: T1 dense epochs + T2 re-weight epochs (dense) + T3 masked retraining epochs, × 3 (fwd + bwd). */
    public static double slrTrainingFlops(int t1, int t2, int t3, double fDense, double fSparse) {
        return 3.0 * ((t1 + t2) * fDense + t3 * fSparse);
    }

    /** Sparse training total without drop/grow overhead: T_s epochs at f_S, × 3. */
    public static double sparseTrainingFlops(int ts, double fSparse) {
        return 3.0 * ts * fSparse;
    }

    /**
     * Average FLOPs per step during RigL's update phase: ΔT regular sparse steps (3·f_S) and one update step with a
     * dense weight gradient (2·f_S + f_D), i.e. (3·f_S·ΔT + 2·f_S + f_D) / (ΔT + 1).
     */
    public static double rigLStepFlops(double fSparse, double fDense, int deltaT) {
        return (3.0 * fSparse * deltaT + 2.0 * fSparse + fDense) / (deltaT + 1);
    }
}
