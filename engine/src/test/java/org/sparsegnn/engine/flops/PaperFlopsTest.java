package org.sparsegnn.engine.flops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.events.FlopsKind;
import org.sparsegnn.engine.events.FlopsOp;
import org.sparsegnn.engine.nn.Mask;

/** Paper §III-C and Table II. */
class PaperFlopsTest {
    // the paper's link-prediction FNN: embeddings → 128 → 1, dense embeddings
    private static final List<LayerWorkload> FNN = List.of(
            new LayerWorkload("fc1.weight", 128, 128, 10_000, 1.0, 0),
            new LayerWorkload("fc2.weight", 128, 1, 10_000, 1.0, 0));
    private static final double P = 0.906;

    @Test
    void tableTwoDenseEmbeddingColumnsAt0906() {
        double fD = FlopsModel.paperForwardFlops(FNN, new double[] {0, 0}, 0);
        double fS = FlopsModel.paperForwardFlops(FNN, new double[] {P, P}, 0);
        double dense40 = 3.0 * 40 * fD; // the baseline: dense training for the same 40 epochs
        assertEquals(0.773, FlopsModel.slrTrainingFlops(20, 10, 10, fD, fS) / dense40, 0.0005);
        assertEquals(0.094, FlopsModel.sparseTrainingFlops(40, fS) / dense40, 0.0005);
    }

    @Test
    void meterReproducesTableTwoStepByStep() {
        Mask sparse1 = maskWithDensity(128, 128, 1 - P);
        Mask sparse2 = maskWithDensity(128, 1, 1 - P);
        TrainingFlopsMeter slr = new TrainingFlopsMeter(FNN, 1);
        for (int e = 0; e < 30; e++) slr.countStep(e < 20 ? "dense" : "reweight", Map.of());
        for (int e = 0; e < 10; e++) slr.countStep("retrain", Map.of("fc1.weight", sparse1, "fc2.weight", sparse2));
        // 128×1 cannot hold exactly 9.4 % → compare with the realised densities' formula, and Table II loosely
        assertEquals(0.773, slr.paper() / slr.densePaper(40), 0.002);
        TrainingFlopsMeter st = new TrainingFlopsMeter(FNN, 1);
        for (int e = 0; e < 40; e++) st.countStep("sparse", Map.of("fc1.weight", sparse1, "fc2.weight", sparse2));
        assertEquals(0.094, st.paper() / st.densePaper(40), 0.002);
        assertEquals(st.paper(), st.counted(), 1e-6 * st.counted(), "dense inputs: counted = paper without overhead");
    }

    @Test
    void rigLUpdateStepCostsTwoSparsePlusOneDense() {
        Mask m = maskWithDensity(128, 128, 0.1);
        List<LayerWorkload> one = List.of(FNN.get(0));
        TrainingFlopsMeter meter = new TrainingFlopsMeter(one, 1);
        int deltaT = 4;
        for (int s = 0; s < deltaT + 1; s++) {
            meter.countStep("sparse", Map.of("fc1.weight", m));
            if (s == deltaT) meter.countGrowthGradient("sparse", "fc1.weight", m);
        }
        double fS = FlopsModel.forwardFlops(one.get(0), m.density());
        double fD = FlopsModel.forwardFlops(one.get(0), 1.0);
        assertEquals(FlopsModel.rigLStepFlops(fS, fD, deltaT) * (deltaT + 1), meter.counted(), 1e-6 * meter.counted());
        assertEquals(fD - fS, meter.breakdown().byKind().get(FlopsKind.GROWTH_GRADIENT), 1e-6 * fD);
    }

    @Test
    void sparseEmbeddingsFollowTheOutputSparsityRule() {
        List<LayerWorkload> layers = List.of(new LayerWorkload("a", 2, 3, 1, 0.5, 0), new LayerWorkload("b", 3, 1, 1, 1, 0));
        double[] s = FlopsModel.paperCombinationScales(layers, new double[] {0.5, 0.2}, 0.5);
        assertEquals(0.25, s[0], 1e-12);
        double pOut = Math.pow(0.75, 2);
        assertEquals((1 - pOut) * 0.8, s[1], 1e-12);
    }

    @Test
    void gcnCountsAggregationSeparatelyAndNeverScalesIt() {
        LayerWorkload gcn = new LayerWorkload("gcn.layer1.weight", 1433, 16, 2708, 0.0127, 13264);
        TrainingFlopsMeter meter = new TrainingFlopsMeter(List.of(gcn), 1);
        meter.countStep("sparse", Map.of("gcn.layer1.weight", maskWithDensity(1433, 16, 0.1)));
        Map<FlopsOp, Double> byOp = meter.breakdown().byOp();
        assertEquals(3 * 2.0 * 13264 * 16, byOp.get(FlopsOp.AGGREGATION), 1e-6);
        assertEquals(3 * 2.0 * 2708 * 1433 * 16 * 0.0127 * (2293.0 / 22928), byOp.get(FlopsOp.COMBINATION), 1e-3);
    }

    private static Mask maskWithDensity(int rows, int cols, double density) {
        int k = (int) Math.round(density * rows * cols);
        int[] idx = new int[k];
        for (int i = 0; i < k; i++) idx[i] = i;
        return Mask.ofActive(rows, cols, idx);
    }
}
