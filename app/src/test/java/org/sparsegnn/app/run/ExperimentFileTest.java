package org.sparsegnn.app.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.TrainingEvent;

class ExperimentFileTest {
    @Test
    void savedRunReplaysToTheSameHistory(@TempDir Path dir) throws IOException {
        RunStore store = new RunStore();
        store.applyBatch(Fixtures.sparseRun("r1"));
        Path file = dir.resolve("exp.json");
        ExperimentFile.save(file, List.copyOf(store.all()));
        List<List<TrainingEvent>> runs = ExperimentFile.load(file);
        assertEquals(1, runs.size());
        RunStore replay = new RunStore();
        replay.addReplayed(runs.get(0));
        RunRecord a = store.get("r1"), b = replay.get("r1");
        assertEquals(a.epochs(), b.epochs());
        assertEquals(a.timeline(), b.timeline());
        MaskUpdated u = (MaskUpdated) runs.get(0).stream().filter(e -> e instanceof MaskUpdated).findFirst().orElseThrow();
        assertArrayEquals(new int[] {2}, u.regrown());
        assertEquals(a.masks().get(Fixtures.L1).current(), b.masks().get(Fixtures.L1).current());
        assertEquals(RunRecord.Status.FINISHED, b.status());
        assertTrue(b.weights().get(Fixtures.L1).latest() != null, "last weights kept");
    }

    @Test
    void aFileThatIsNotAnExperimentIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"hello\": 1}");
        IOException e = assertThrows(IOException.class, () -> ExperimentFile.load(bad));
        assertTrue(e.getMessage().contains("bad.json") && !e.getMessage().contains("\n"), e.getMessage());
    }
}
