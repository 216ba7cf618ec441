package org.sparsegnn.engine.sparsity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.events.MaskInitialized;
import org.sparsegnn.engine.events.PhaseChanged;

class SlrMethodTest {
    @Test
    void stepSizeRuleMatchesThePaper() {
        assertEquals(1 - 1.0 / 200, SlrMethod.alpha(1, 200, 0.1), 1e-12, "k = 1: exponent 0");
        double k = 10;
        assertEquals(1 - 1 / (200 * Math.pow(k, 1 - 1 / Math.pow(k, 0.1))), SlrMethod.alpha(10, 200, 0.1), 1e-12);
    }

    @Test
    void threePhasesWithHardPrunedAccuracyEveryReweightEpoch() {
        FakeTrainer t = new FakeTrainer(FakeTrainer.config("slr", 0.75, "uniform", 5, 1,
                Map.of("reweight_epochs", 6.0, "retrain_epochs", 3.0, "s0", 0.01, "rho", 0.1)), 1,
                new int[][] {{30, 8}, {8, 3}});
        t.run();
        List<String> phases = t.events.stream().filter(e -> e instanceof PhaseChanged).map(e -> ((PhaseChanged) e).toPhase()).toList();
        assertEquals(List.of("reweight", "retrain"), phases);
        assertEquals(14, t.epochMetrics.size(), "5 + 6 + 3 epochs");
        for (int e = 0; e < 14; e++) {
            boolean reweight = e >= 5 && e < 11;
            assertEquals(reweight, t.epochMetrics.get(e).containsKey("hard_pruned_test_accuracy"), "epoch " + (e + 1));
            if (reweight) assertTrue(t.epochMetrics.get(e).containsKey("slr_condition_3"));
        }
        long prunes = t.events.stream().filter(e -> e instanceof MaskInitialized).count();
        assertEquals(2, prunes, "one hard prune per prunable layer at the retrain start");
        long active = t.prunable.get(0).mask().nnz() + t.prunable.get(1).mask().nnz();
        assertEquals(0.25, (double) active / (30 * 8 + 8 * 3), 1e-9, "pruned to the target");
        assertEquals(1.0, t.method.finalMetrics(t).get("exploration_rate"), 1e-12, "trained dense first");
    }

    @Test
    void multipliersMoveOnlyWhenASurrogateConditionHolds() {
        FakeTrainer t = new FakeTrainer(FakeTrainer.config("slr", 0.75, "uniform", 3, 2,
                Map.of("reweight_epochs", 8.0, "retrain_epochs", 1.0)), 1, new int[][] {{20, 6}});
        t.run();
        double s0 = 0.001;
        double previous = s0;
        for (Map<String, Double> m : t.epochMetrics) {
            if (!m.containsKey("slr_step_size")) continue;
            boolean any = m.get("slr_condition_3") == 1.0 || m.get("slr_condition_5") == 1.0;
            double step = m.get("slr_step_size");
            if (!any) assertEquals(previous, step, 0.0, "no condition held: step unchanged");
            previous = step;
        }
    }
}
