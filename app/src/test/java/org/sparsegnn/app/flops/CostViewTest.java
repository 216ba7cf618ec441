package org.sparsegnn.app.flops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sparsegnn.app.Fixtures;
import org.sparsegnn.app.narration.NarrationViewModel;
import org.sparsegnn.app.run.RunStore;
import java.util.ArrayList;
import java.util.Map;
import org.sparsegnn.engine.events.FlopsEntry;
import org.sparsegnn.engine.events.FlopsKind;
import org.sparsegnn.engine.events.FlopsOp;
import org.sparsegnn.engine.events.FlopsReported;
import org.sparsegnn.engine.events.TrainingEvent;

/** The cost view's numbers and the narration of kernel switches, from hand-made timed event sequences. */
class CostViewTest {
    private final RunStore store = new RunStore();
    private final FlopsViewModel vm = new FlopsViewModel(store);
    private final NarrationViewModel narration = new NarrationViewModel(store);

    /**
     * The run with its FLOPs reported before it finishes: layer 1 (6×4, 10 rows) at density 1 and layer 2 (4×2) at
     * 0.2 over the 12 epochs, 3 × forward FLOPs of each.
     */
    private static List<TrainingEvent> withFlops(List<TrainingEvent> run) {
        List<FlopsEntry> counted = List.of(
                new FlopsEntry(Fixtures.L1, "train", FlopsKind.FORWARD, FlopsOp.COMBINATION, 12 * 2.0 * 10 * 6 * 4),
                new FlopsEntry(Fixtures.L1, "train", FlopsKind.BACKWARD, FlopsOp.COMBINATION, 12 * 4.0 * 10 * 6 * 4),
                new FlopsEntry(Fixtures.L2, "train", FlopsKind.FORWARD, FlopsOp.COMBINATION, 12 * 2.0 * 10 * 4 * 2 * 0.2),
                new FlopsEntry(Fixtures.L2, "train", FlopsKind.BACKWARD, FlopsOp.COMBINATION, 12 * 4.0 * 10 * 4 * 2 * 0.2));
        double l1 = 3 * 2.0 * 10 * 6 * 4, l2 = 3 * 2.0 * 10 * 4 * 2;
        List<TrainingEvent> out = new ArrayList<>(run);
        out.add(out.size() - 1, new FlopsReported(run.get(0).runId(), 12, counted, 0, l1 + l2, l1 + l2, 1.0, false,
                l1 + l2, l1 + l2, Map.of(Fixtures.L1, l1, Fixtures.L2, l2)));
        return out;
    }

    private double ratio(String series, String category) {
        return vm.ratios().getValue(series, category).doubleValue();
    }

    @Test
    void withoutADenseRunOnlyFlopsAreRatiosAndTheSummarySaysHowToGetTimes() {
        store.applyBatch(withFlops(Fixtures.timedRun("sparse", "rigl", 100, 60)));
        assertEquals(List.of(FlopsViewModel.FLOPS_RATIO), vm.ratios().getRowKeys());
        assertEquals(1.0, ratio(FlopsViewModel.FLOPS_RATIO, "train · layer 1\n(dense kernels)"), 1e-9);
        assertEquals(0.2, ratio(FlopsViewModel.FLOPS_RATIO, "train · layer 2\n(sparse kernels)"), 1e-9);
        String summary = vm.summaryProperty().get();
        assertTrue(summary.contains("train the same settings once with method dense"), summary);
        assertTrue(summary.contains("sparse kernels in layer 2"), summary);
    }

    @Test
    void aDenseRunOfTheSameSettingsIsTheTimeYardstick() {
        store.applyBatch(Fixtures.timedRun("dense", "dense", 100, 100));
        store.applyBatch(withFlops(Fixtures.timedRun("sparse", "rigl", 100, 60)));
        // medians after the 3 warm-up epochs: epochs 4..12 of the sparse run are 3 × 100 ms and 6 × 60 ms
        assertEquals(0.6, ratio(FlopsViewModel.TIME_RATIO, "train · epoch"), 1e-9);
        assertEquals(0.6, ratio(FlopsViewModel.TIME_RATIO, "train · layer 2\n(sparse kernels)"), 1e-9);
        double flops = (3 * 2.0 * 10 * 6 * 4 + 3 * 2.0 * 10 * 4 * 2 * 0.2) / (3 * 2.0 * 10 * 6 * 4 + 3 * 2.0 * 10 * 4 * 2);
        assertEquals(flops, ratio(FlopsViewModel.FLOPS_RATIO, "train · epoch"), 1e-9);
        String summary = vm.summaryProperty().get();
        assertTrue(summary.contains("0.60× the 100 ms of gcn dense s0"), summary);
        assertEquals(2, vm.epochTimes().getSeriesCount(), "the measured epochs of both runs");
        assertEquals(60.0, vm.epochTimes().getSeries(1).getY(11).doubleValue(), 1e-9, "running median of epochs 8..12");
        assertEquals(100.0, vm.epochTimes().getSeries(1).getY(7).doubleValue(), 1e-9, "epochs 4..8: three of 100 ms");
        assertEquals(List.of(new FlopsViewModel.KernelSwitch(7, "layer 2 → sparse")), vm.kernelSwitches());
    }

    @Test
    void aRunWithOtherLayersIsNoYardstick() {
        var other = Fixtures.timedRun("dense", "dense", 100, 100);
        var s = (org.sparsegnn.engine.events.RunStarted) other.get(0);
        other.set(0, new org.sparsegnn.engine.events.RunStarted("dense", 0L, s.settings(),
                List.of(new org.sparsegnn.engine.events.LayerInfo(Fixtures.L1, 6, 8, true)), 10, 1, "CPU"));
        store.applyBatch(other);
        store.applyBatch(Fixtures.timedRun("sparse", "rigl", 100, 60));
        assertNull(TimeYardstick.find(store.current(), store));
    }

    @Test
    void narrationSaysWhenALayerSwitchesKernelsAndWhatItDidToTheEpochTime() {
        store.applyBatch(Fixtures.timedRun("sparse", "rigl", 100, 60));
        List<String> lines = narration.lines();
        assertTrue(lines.contains("Epoch 7: layer 2 (gcn.layer2.weight) switched from the dense to the sparse kernels "
                + "with 20.0 % of its weights active."), String.join("\n", lines));
        assertTrue(lines.contains("The kernel switch at epoch 7 took the training epoch from 100 ms to 60 ms (0.60×; "
                + "medians of the 5 epochs before and the 3 after): fewer FLOPs now also take less time."),
                String.join("\n", lines));
    }

    @Test
    void narrationSaysWhenSparseKernelsSavedNoTime() {
        store.applyBatch(Fixtures.timedRun("sparse", "rigl", 100, 130));
        assertTrue(narration.lines().stream().anyMatch(l -> l.endsWith("here the sparse kernels did not save time.")),
                String.join("\n", narration.lines()));
    }
}
