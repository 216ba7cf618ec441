package org.sparsegnn.engine.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.engine.nn.KernelChoice;
import org.sparsegnn.engine.train.TrainingConfig;
import org.sparsegnn.engine.train.TrainingConfigBuilder;

class TrialTest {
    @Test
    void theKeyFollowsWhatShapesTheResultNotTheKernelChoice() {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(TrainingConfig.gcnDefaults().withMethod("rigl", 0.9));
        b.kernels = KernelChoice.DENSE;
        Trial dense = new Trial("cora", true, b.build());
        b.kernels = KernelChoice.SPARSE;
        Trial sparse = new Trial("cora", true, b.build());
        assertEquals(dense.key(), sparse.key(), "the same products, computed another way");
        b.lr = 0.02;
        assertNotEquals(dense.key(), new Trial("cora", true, b.build()).key());
        assertNotEquals(dense.key(), new Trial("cora", false, dense.config()).key(), "graph-only or not");
        assertNotEquals(dense.key(), new Trial("citeseer", true, dense.config()).key());
    }

    /** A result stored under another form of the key (older files) is found by what it was trained with. */
    @Test
    void theStoreFindsAResultByItsSettingsWhateverItsFileIsCalled(@TempDir Path dir) throws Exception {
        Trial t = new Trial("cora", true, TrainingConfig.gcnDefaults().withMethod("slr", 0.5).withSeed(3));
        TrialStore store = new TrialStore(dir);
        store.save(new TrialResult("an-older-key", "cora", null, t.config(), Map.of("test_accuracy", 0.8), 1.0, List.of()));
        assertEquals(0.8, new TrialStore(dir).load(t).orElseThrow().metric("test_accuracy"),
                "graph-only is inferred for a Planetoid result stored without the flag");
        assertTrue(new TrialStore(dir).load(new Trial("cora", true, t.config().withSeed(4))).isEmpty());
    }
}
