package org.sparsegnn.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.testing.SyntheticGraphs;
import org.sparsegnn.engine.train.TrainingConfig;
import org.sparsegnn.engine.train.TrainingConfigBuilder;

/** A tiny real sweep (GCN on a planted partition) through the real Trainer, then both charts as PNG + SVG. */
class SweepTest {
    @Test
    void runsEveryCellAndRendersBothCharts(@TempDir Path dir) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Graph g = SyntheticGraphs.planted(200, 3, 40, 2);
        Sweep.Configs configs = (m, s, seed) -> {
            TrainingConfig c = TrainingConfig.gcnDefaults().withEpochs(30).withSeed(seed).withMethod(m, s);
            return m.equals("rigl") ? c.withMethodParam("delta_t", 5) : c;
        };
        List<Sweep.Plan> plans = Sweep.plan(List.of("dense", "rigl", "snip"), List.of(0.5, 0.8), List.of(0L, 1L));
        assertEquals(2 + 4 + 4, plans.size(), "dense once per seed");
        List<SweepRun> seen = new ArrayList<>();
        List<SweepRun> runs = Sweep.run(g, plans, configs, seen::add, e -> { });
        assertEquals(runs, seen);
        for (SweepRun r : runs) {
            assertEquals(r.sparsity(), r.metric("sparsity"), 1e-3, r.method() + " realises its target");
            assertEquals(30, r.epochs().size());
        }
        assertTrue(SweepTable.markdown(runs, "test_accuracy").contains("| rigl |"));
        SweepCharts.write(SweepCharts.accuracyVsSparsity(runs, "t"), dir.resolve("acc_sparsity"), 600, 400);
        SweepCharts.write(SweepCharts.accuracyVsEpoch(runs, 0.8, "t"), dir.resolve("acc_epoch"), 600, 400);
        for (String f : List.of("acc_sparsity", "acc_epoch")) {
            byte[] png = Files.readAllBytes(dir.resolve(f + ".png"));
            assertEquals((byte) 0x89, png[0]);
            assertEquals("PNG", new String(png, 1, 3));
            assertTrue(Files.readString(dir.resolve(f + ".svg")).contains("<svg"));
        }
    }

    @Test
    void aDivergedTrialIsKeptAsSuchAndTheSweepGoesOn(@TempDir Path dir) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Graph g = SyntheticGraphs.planted(200, 3, 40, 2);
        Sweep.Configs configs = (m, s, seed) -> {
            TrainingConfigBuilder b = TrainingConfigBuilder.from(TrainingConfig.gcnDefaults().withEpochs(20).withSeed(seed)
                    .withMethod(m, s));
            if (m.equals("snip")) b.lr = 1e9; // explodes within a few epochs
            return b.build();
        };
        List<SweepRun> runs = Sweep.run(g, Sweep.plan(List.of("snip", "dense"), List.of(0.5), List.of(0L)), configs,
                r -> { }, e -> { });
        assertEquals(2, runs.size(), "the dense run after the diverged one still ran");
        SweepRun snip = runs.get(0), dense = runs.get(1);
        assertTrue(snip.diverged());
        assertTrue(snip.metric(SweepRun.DIVERGED_EPOCH) >= 1 && snip.metric(SweepRun.DIVERGED_EPOCH) < 20);
        assertTrue(Double.isNaN(snip.metric("test_accuracy")));
        assertFalse(dense.diverged());
        assertEquals(20, dense.epochs().size());
        String row = SweepTable.row(snip);
        assertTrue(SweepTable.header().endsWith(",diverged_epoch,wall_seconds"), SweepTable.header());
        assertTrue(row.startsWith("snip,0.500000,0,,"), "no results: " + row);
        assertTrue(SweepTable.markdown(runs, "test_accuracy").contains("| snip | – |"), SweepTable.markdown(runs, "test_accuracy"));
        SweepCharts.write(SweepCharts.accuracyVsSparsity(runs, "t"), dir.resolve("acc_sparsity"), 600, 400);
        SweepCharts.write(SweepCharts.accuracyVsEpoch(runs, 0.5, "t"), dir.resolve("acc_epoch"), 600, 400);
        assertTrue(Files.size(dir.resolve("acc_epoch.png")) > 1000);
    }
}
