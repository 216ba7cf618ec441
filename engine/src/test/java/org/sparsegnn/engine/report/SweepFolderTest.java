package org.sparsegnn.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.record.Experiment;
import org.sparsegnn.engine.testing.SyntheticGraphs;
import org.sparsegnn.engine.train.TrainingConfig;

/** A trial run into its folder gives back exactly the in-memory sweep's run, and the folder opens as a run. */
class SweepFolderTest {
    @Test
    void trialFolderHoldsExactlyTheInMemoryRun(@TempDir Path dir) throws Exception {
        Graph g = SyntheticGraphs.planted(120, 3, 30, 2);
        Sweep.Configs configs = (m, s, seed) -> TrainingConfig.gcnDefaults().withEpochs(12).withSeed(seed).withMethod(m, s)
                .withMethodParam("delta_t", 3);
        Sweep.Plan plan = new Sweep.Plan("rigl", 0.8, 3);
        SweepRun inMemory = Sweep.run(g, List.of(plan), configs, r -> { }, e -> { }).get(0);

        SweepFolder folder = new SweepFolder(dir);
        TrainingConfig cfg = configs.config("rigl", 0.8, 3);
        assertNull(folder.finished(plan, "planted", cfg));
        SweepRun written = folder.run(g, "planted", plan, cfg, "test", e -> { });
        SweepRun read = folder.finished(plan, "planted", cfg);
        for (SweepRun r : List.of(written, read)) {
            assertEquals(inMemory.metrics(), r.metrics());
            assertEquals(inMemory.epochs(), r.epochs());
        }
        assertEquals(written, read, "summary.json round-trips every double exactly");
        assertEquals("rigl_s0.8_seed3", folder.trialDir(plan).getFileName().toString());
        assertEquals(plan, Sweep.Plan.fromId(plan.id()));
        assertEquals(new Sweep.Plan("dst-ee", 0.969, 12), Sweep.Plan.fromId("dst-ee_s0.969_seed12"));
        assertNull(Sweep.Plan.fromId("notes"));
        Experiment e = Experiment.load(folder.trialDir(plan));
        assertEquals(cfg, e.config());
        assertEquals(12, e.epochs().size());
        assertTrue(Files.size(folder.trialDir(plan).resolve("masks.npz")) > 0);
        try (var siblings = Files.list(dir.resolve(SweepFolder.TRIALS))) {
            assertEquals(1, siblings.count(), "no temporary folder left behind");
        }

        List<SweepFolder.Trial> trials = folder.trials();
        assertEquals(1, trials.size());
        assertEquals("rigl_s0.8_seed3", trials.get(0).id());
        assertEquals(written, trials.get(0).run());
        assertEquals("planted", trials.get(0).dataset());
        assertThrows(java.io.IOException.class, () -> new SweepFolder(dir.resolve("trials")).trials(), "not a sweep folder");

        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> folder.finished(plan, "planted", cfg.withEpochs(13)));
        assertTrue(other.getMessage().contains("epochs 12 there, 13 now"), other.getMessage());
        other = assertThrows(IllegalArgumentException.class, () -> folder.finished(plan, "cora", cfg));
        assertTrue(other.getMessage().contains("dataset planted there, cora now"), other.getMessage());
    }
}
