package org.sparsegnn.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.app.Fixtures;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.train.TrainingConfig;

class ExperimentFoldersTest {
    @Test
    void savedRunsReplayToTheSameHistory(@TempDir Path dir) throws IOException {
        RunStore store = new RunStore();
        store.applyBatch(Fixtures.sparseRun("r1"));
        ExperimentFolders.save(dir, List.copyOf(store.all()), id -> TrainingConfig.gcnDefaults());
        assertTrue(Files.isRegularFile(dir.resolve("r1").resolve("masks.npz")), "mask history for numpy");
        assertTrue(Files.isRegularFile(dir.resolve("r1").resolve("config.json")));
        List<List<TrainingEvent>> runs = ExperimentFolders.load(dir);
        assertEquals(1, runs.size());
        RunStore replay = new RunStore();
        replay.addReplayed(runs.get(0));
        RunRecord a = store.get("r1"), b = replay.get("r1");
        assertEquals(a.epochs(), b.epochs());
        assertEquals(a.timeline(), b.timeline());
        int last = a.masks().updateCount(Fixtures.L1);
        assertEquals(last, b.masks().updateCount(Fixtures.L1));
        assertEquals(a.masks().maskAt(Fixtures.L1, last), b.masks().maskAt(Fixtures.L1, last));
        assertEquals(RunRecord.Status.FINISHED, b.status());
        assertTrue(b.weights().get(Fixtures.L1).latest() != null, "last weights kept");
    }

    @Test
    void aFolderWithoutRunsIsRefusedInOneLine(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> ExperimentFolders.load(dir));
        assertTrue(e.getMessage().contains("no saved run") && !e.getMessage().contains("\n"), e.getMessage());
    }
}
