package org.sparsegnn.engine.repro;

import java.util.ArrayList;
import java.util.List;
import org.sparsegnn.engine.flops.FlopsModel;
import org.sparsegnn.engine.flops.LayerWorkload;

/**
 * Table II by the paper's own rule (§III-C): training FLOPs of SLR (T1 dense + T2 re-weight epochs at dense
 * weights, T3 retraining epochs at sparsity p) and of sparse training (40 epochs at p), each divided by 40 epochs
 * of dense training on dense embeddings. Uniform sparsity on every layer; sparse embeddings keep a fraction k of
 * their entries and thin out every later layer's input as §III-C describes.
 */
public final class TableTwo {
    /** Epochs of the paper's schedules (§IV-C): SLR 20 + 10 + 10, sparse training 40. */
    static final int T1 = 20, T2 = 10, T3 = 10, TS = 40;

    /**
     * One row: a model (layer widths, input first) and its embeddings.
     *
     * @param widths    e.g. {16, 128, 1} for the link-prediction FNN
     * @param keptShare fraction of embedding entries kept by top-k (1 = dense embeddings)
     */
    public record Row(String name, int[] widths, double keptShare) {
    }

    /** SLR dense, SLR sparse, sparse training dense, sparse training sparse (Table II's column order). */
    public static double[] ratios(Row row, double sparsity) {
        double fDense = forward(row.widths(), 0, 1.0);
        double slrDense = slr(row.widths(), sparsity, 1.0) / (TS * fDense);
        double slrSparse = slr(row.widths(), sparsity, row.keptShare()) / (TS * fDense);
        double stDense = TS * forward(row.widths(), sparsity, 1.0) / (TS * fDense);
        double stSparse = TS * forward(row.widths(), sparsity, row.keptShare()) / (TS * fDense);
        return new double[] {slrDense, slrSparse, stDense, stSparse};
    }

    private static double slr(int[] widths, double p, double kept) {
        return (T1 + T2) * forward(widths, 0, kept) + T3 * forward(widths, p, kept);
    }

    /** Forward FLOPs of one sample through the FNN by §III-C (the ratios do not depend on the row count). */
    static double forward(int[] widths, double p, double kept) {
        List<LayerWorkload> layers = new ArrayList<>();
        for (int l = 0; l + 1 < widths.length; l++) {
            layers.add(new LayerWorkload("fc" + (l + 1), widths[l], widths[l + 1], 1, l == 0 ? kept : 1.0, 0));
        }
        double[] ps = new double[layers.size()];
        java.util.Arrays.fill(ps, p);
        return FlopsModel.paperForwardFlops(layers, ps, 1.0 - kept);
    }

    /** Share of the dense model's FLOPs in its first layer (§V-A: 94.1 % link, 32.5 % brain). */
    public static double firstLayerShare(int[] widths) {
        double first = (double) widths[0] * widths[1], all = 0;
        for (int l = 0; l + 1 < widths.length; l++) all += (double) widths[l] * widths[l + 1];
        return first / all;
    }
}
