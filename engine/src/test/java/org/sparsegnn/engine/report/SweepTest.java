package org.sparsegnn.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
