package org.sparsegnn.engine.flops;

import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.sparsity.Mask;

/**
 * Training FLOPs (paper §III-C): a multiply-add counts as 2 FLOPs; training costs 3× the forward pass (forward,
 * plus backward for activations and for weights). GCN layers count the combination X·W and the aggregation Â·(XW)
 * separately.
 */
public final class FlopsModel {
    private FlopsModel() {
    }

    /** Forward FLOPs of one layer over one epoch, with the given weight density (1 = dense). */
    public static double forwardFlops(LayerWorkload w, double weightDensity) {
        double combination = 2.0 * w.rowsPerEpoch() * w.fanIn() * w.fanOut() * w.inputDensity() * weightDensity;
        double aggregation = 2.0 * w.aggregationNnz() * w.fanOut();
        return combination + aggregation;
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
}
