package org.sparsegnn.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.sparsegnn.app.Fixtures;
import org.sparsegnn.app.heatmap.HeatmapViewModel;
import org.sparsegnn.app.heatmap.LayerFrame;
import org.sparsegnn.app.narration.NarrationViewModel;
import org.sparsegnn.app.pipeline.EventQueue;
import org.sparsegnn.app.run.RunRecord;
import org.sparsegnn.app.run.RunStore;
import org.sparsegnn.app.theme.MaskPalette;
import org.sparsegnn.app.theme.Theme;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.TrainingEvent;

/** View-models fed with hand-made event sequences, exactly as the FX pump would feed them. */
class ViewModelsFromEventsTest {
    private final RunStore store = new RunStore();
    private final MetricsViewModel metrics = new MetricsViewModel(store);
    private final HeatmapViewModel heatmap = new HeatmapViewModel(store);
    private final NarrationViewModel narration = new NarrationViewModel(store);

    @Test
    void accuracySeriesGetOnePointPerEpochAndPhaseBandsFollowPhaseChanges() {
        store.applyBatch(Fixtures.sparseRun("r1"));
        metrics.pending().flush();
        assertEquals(3, metrics.accuracy().getSeriesCount(), "train, val, test");
        XYSeries test = metrics.accuracy().getSeries(2);
        assertEquals(10, test.getItemCount());
        assertEquals(0.35 + 0.03 * 4, test.getY(3).doubleValue(), 1e-12);
        assertEquals(1, metrics.loss().getSeriesCount());
        assertEquals(List.of(new PhaseBand("sparse", 1, 4), new PhaseBand("retrain", 5, 10)), metrics.bands());
        assertEquals(List.of(3, 6), metrics.updateEpochs());
    }

    @Test
    void aBatchOfThousandsOfEpochsFiresEachSeriesOnce() {
        List<TrainingEvent> events = new ArrayList<>();
        events.add(Fixtures.started("big", "dense"));
        for (int e = 1; e <= 3000; e++) events.add(Fixtures.epoch("big", e, "train"));
        EventQueue q = new EventQueue();
        events.forEach(q::onEvent);
        AtomicInteger fired = new AtomicInteger();
        store.addListener(b -> metrics.accuracy().getSeries(0).addChangeListener(ev -> fired.incrementAndGet()));
        long t0 = System.nanoTime();
        store.applyBatch(q.drain());
        metrics.pending().flush();
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf("3000 epochs applied as one batch in %.1f ms%n", ms);
        assertEquals(3000, metrics.accuracy().getSeries(0).getItemCount());
        assertEquals(1, fired.get(), "one change notification for the whole batch");
        assertTrue(q.isEmpty());
    }

    @Test
    void smoothingIsAnExponentialMovingAverage() {
        store.applyBatch(Fixtures.sparseRun("r1"));
        metrics.smoothingProperty().set(0.5);
        XYSeries train = metrics.accuracy().getSeries(0);
        double expected = 0.54;
        for (int e = 2; e <= 3; e++) expected = 0.5 * expected + 0.5 * (0.5 + 0.04 * e);
        assertEquals(expected, train.getY(2).doubleValue(), 1e-12);
    }

    @Test
    void heatmapShowsDropGrowAndRegrowColoursAndScrubsBack() {
        store.applyBatch(Fixtures.sparseRun("r1"));
        MaskPalette p = MaskPalette.standard();
        assertEquals(4, heatmap.frameCountProperty().get(), "2 initial masks + 2 updates");
        heatmap.positionProperty().set(2); // the epoch-3 update of layer 1
        LayerFrame l1 = heatmap.frames().get(0);
        int rows = l1.rows();
        assertEquals(p.color(MaskPalette.CellState.DROPPED), px(l1, 0, rows));
        assertEquals(p.color(MaskPalette.CellState.GROWN), px(l1, 1, rows));
        assertEquals(p.color(MaskPalette.CellState.REGROWN), px(l1, 2, rows));
        assertEquals(p.color(MaskPalette.CellState.INACTIVE), px(l1, 3, rows));
        assertFalse(heatmap.followLatestProperty().get(), "scrubbing leaves live mode");
        heatmap.positionProperty().set(1); // after both initial masks: no highlight
        l1 = heatmap.frames().get(0);
        assertEquals(p.color(MaskPalette.CellState.INACTIVE), px(l1, 1, rows));
        assertTrue(Arrays.stream(l1.pixels()).noneMatch(c -> c == p.color(MaskPalette.CellState.DROPPED)));
        assertEquals(0.5, l1.sparsity(), 1e-12);
        String tip = heatmap.describeCell(Fixtures.L1, 0, 2);
        assertTrue(tip.contains("row 0") && tip.contains("column 2") && tip.contains("active"), tip);
    }

    @Test
    void theDarkThemeRedrawsTheHeatmapInItsOwnColours() {
        store.applyBatch(Fixtures.sparseRun("r1"));
        heatmap.positionProperty().set(2);
        MaskPalette dark = MaskPalette.forTheme(Theme.DARK);
        long before = heatmap.revisionProperty().get();
        heatmap.setPalette(dark);
        assertTrue(heatmap.revisionProperty().get() > before, "views are told to redraw");
        LayerFrame l1 = heatmap.frames().get(0);
        int rows = l1.rows();
        assertEquals(dark.color(MaskPalette.CellState.INACTIVE), px(l1, 3, rows));
        assertEquals(dark.color(MaskPalette.CellState.REGROWN), px(l1, 2, rows));
        assertEquals("regrown", heatmap.csvRows().stream().filter(r -> r[0].equals(Fixtures.L1) && r[1].equals("0")
                && r[2].equals("2")).findFirst().orElseThrow()[3], "CSV states read with the same palette");
    }

    @Test
    void narrationExplainsAnUpdateInPlainWords() {
        store.applyBatch(Fixtures.sparseRun("r1"));
        String update = narration.lines().stream().filter(s -> s.startsWith("Update 1")).findFirst().orElseThrow();
        assertEquals("Update 1 of layer 1 (rigl, epoch 3): dropped 2 smallest-magnitude weights, grew 2 with the "
                + "largest gradient; 1 was dropped and grown back. Sparsity now 50.0 %.", update);
        assertTrue(narration.lines().stream().anyMatch(s -> s.contains("phase changes from sparse to retrain")));
        assertTrue(narration.lines().get(narration.lines().size() - 1).startsWith("Run finished"));
    }

    @Test
    void narrationSaysANoChangeUpdateOnceUntilTheLayerChangesAgain() {
        store.applyBatch(Fixtures.sparseRun("r1"));
        int[] none = {};
        var quiet = new MaskUpdated("r1", Fixtures.L1, 20, 21, 5, "rigl", none, none, none, 2);
        var quietAgain = new MaskUpdated("r1", Fixtures.L1, 30, 31, 6, "rigl", none, none, none, 2);
        var busy = new MaskUpdated("r1", Fixtures.L1, 40, 41, 7, "rigl", new int[] {0},
                new int[] {3}, none, 2);
        var quietLater = new MaskUpdated("r1", Fixtures.L1, 50, 51, 8, "rigl", none, none, none, 2);
        store.applyBatch(List.of(quiet));
        store.applyBatch(List.of(quietAgain));
        store.applyBatch(List.of(busy, quietLater));
        List<String> said = narration.lines().stream().filter(l -> l.startsWith("Update ")).toList();
        assertEquals(1, said.stream().filter(l -> l.contains("epoch 21") && l.contains("no weight changed")).count());
        assertEquals(0, said.stream().filter(l -> l.contains("epoch 31")).count(), "the repeat is left out");
        assertEquals(1, said.stream().filter(l -> l.contains("epoch 41") && l.contains("dropped 1")).count());
        assertEquals(1, said.stream().filter(l -> l.contains("epoch 51") && l.contains("no weight changed")).count(),
                "after a change, a quiet update is news again");
    }

    @Test
    void aDivergedRunIsNarratedAndListedAsDiverged() {
        String why = "training diverged at epoch 2: the loss grew from 1.9 to 7e+03, over 1000× its start; the learning "
                + "rate (1.00e+09) is probably too high, try a smaller one";
        store.applyBatch(List.of(Fixtures.started("d", "dense"), Fixtures.epoch("d", 1, "train"), Fixtures.epoch("d", 2, "train"),
                new RunFailed("d", 2, why, "", RunFailed.Kind.DIVERGED)));
        assertEquals("The run was stopped because it diverged (" + why + "). Lower the learning rate in the settings and "
                + "run again.", narration.lines().get(narration.lines().size() - 1));
        assertEquals(RunRecord.Status.DIVERGED, store.get("d").status());
    }

    private static int px(LayerFrame f, int flat, int rows) {
        int cols = f.cols();
        return f.pixels()[(flat % cols) * rows + flat / cols];
    }
}
