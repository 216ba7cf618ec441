package org.sparsegnn.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.LayerInfo;
import org.sparsegnn.engine.events.MaskInitialized;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.PhaseChanged;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.RunStarted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.WeightSnapshot;

/** Hand-made event sequences for view-model tests (no engine run needed). */
public final class Fixtures {
    public static final String L1 = "gcn.layer1.weight", L2 = "gcn.layer2.weight";

    private Fixtures() {
    }

    public static RunStarted started(String runId, String method) {
        return new RunStarted(runId, 0L, Map.of("dataset", "toy", "model", "gcn", "method", method, "sparsity", "0.5",
                "seed", "0"), List.of(new LayerInfo(L1, 6, 4, true), new LayerInfo(L2, 4, 2, true)), 10, 1, "CPU");
    }

    public static EpochCompleted epoch(String runId, int e, String phase) {
        return new EpochCompleted(runId, e, phase, 2.0 / e, 0.5 + 0.04 * e, 0.4 + 0.03 * e, 0.35 + 0.03 * e,
                Map.of(L1, 0.5, L2, 0.5), 1e6 * e, 5.0, Map.of());
    }

    /**
     * A 10-epoch RigL-like run: masks initialised at step 0 (layer1 active = even indices), updates 0 and 1 (0-based, as the engine counts) in epochs 3
     * and 6 (layer1 drops 0 and 2, grows 1 and 2 → index 2 regrown), an SLR-like phase change at epoch 5.
     */
    public static List<TrainingEvent> sparseRun(String runId) {
        List<TrainingEvent> ev = new ArrayList<>();
        ev.add(started(runId, "rigl"));
        ev.add(new MaskInitialized(runId, L1, 0, 0, 6, 4, evens(24)));
        ev.add(new MaskInitialized(runId, L2, 0, 0, 4, 2, evens(8)));
        for (int e = 1; e <= 10; e++) {
            if (e == 3) ev.add(new MaskUpdated(runId, L1, 2, 3, 0, "rigl", new int[] {0, 2}, new int[] {1, 2}, new int[] {2}, 12));
            if (e == 5) ev.add(new PhaseChanged(runId, 5, 4, "sparse", "retrain", "masks fixed"));
            if (e == 6) ev.add(new MaskUpdated(runId, L1, 5, 6, 1, "rigl", new int[] {4}, new int[] {5}, new int[0], 12));
            ev.add(epoch(runId, e, e < 5 ? "sparse" : "retrain"));
            float[] w = new float[24];
            for (int i = 0; i < 24; i++) w[i] = (i % 2 == 0 ? 1 : -1) * (i + 1) / 24f;
            ev.add(new WeightSnapshot(runId, L1, e, e, 6, 4, w));
        }
        ev.add(new RunFinished(runId, 9, Map.of("test_accuracy", 0.62, "val_accuracy", 0.67, "flops_ratio", 0.55), 1.5, false));
        return ev;
    }

    /**
     * A 12-epoch run of {@code method} with measured times: layer 2 runs dense kernels up to epoch 6 and sparse ones
     * from epoch 7 (as when gradual pruning thins it below the crossover); an epoch takes {@code epochMs} (its
     * layers 40 % and 30 % of that) before the switch and {@code afterMs} after it. Settings as {@link #started}.
     */
    public static List<TrainingEvent> timedRun(String runId, String method, double epochMs, double afterMs) {
        List<TrainingEvent> ev = new ArrayList<>();
        RunStarted s = started(runId, method);
        Map<String, String> settings = new java.util.HashMap<>(s.settings());
        settings.put("sparsity", "dense".equals(method) ? "0.0" : "0.5");
        ev.add(new RunStarted(runId, 0L, settings, s.layers(), 12, 1, "CPU"));
        for (int e = 1; e <= 12; e++) {
            double ms = e <= 6 ? epochMs : afterMs;
            boolean sparse = !"dense".equals(method) && e > 6;
            ev.add(new EpochCompleted(runId, e, "train", 1.0 / e, 0.5, 0.5, 0.5, Map.of(L1, 0.0, L2, sparse ? 0.8 : 0.0),
                    1e6 * e, ms, Map.of(), Map.of("forward", 0.4 * ms, "backward", 0.5 * ms, "optimizer", 0.05 * ms,
                            "mask_update", 0.0, "other", 0.05 * ms), Map.of(L1, 0.4 * ms, L2, 0.3 * ms),
                    kernels(sparse)));
        }
        ev.add(new RunFinished(runId, 12, Map.of("test_accuracy", 0.5), 1.0, false));
        return ev;
    }

    private static Map<String, String> kernels(boolean secondSparse) {
        Map<String, String> k = new java.util.LinkedHashMap<>();
        k.put(L1, "dense");
        k.put(L2, secondSparse ? "sparse" : "dense");
        return k;
    }

    static int[] evens(int n) {
        int[] a = new int[n / 2];
        for (int i = 0; i < a.length; i++) a[i] = 2 * i;
        return a;
    }
}
