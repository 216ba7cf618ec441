package org.sparsegnn.engine.train;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.io.PlanetoidLoader;
import org.sparsegnn.engine.graph.io.TestData;
import org.sparsegnn.engine.sparsity.DenseMethod;

/**
 * Same seed, same run on Cora, where the products are large enough to take the parallel kernel paths
 * (blocked gathers and per-block scatters), so thread timing must not leak into the numbers.
 */
@Tag("slow")
class CoraDeterminismTest {
    private static List<String> run(Graph cora, long seed) {
        TrainingConfig cfg = TrainingConfig.gcnDefaults().withEpochs(20).withSeed(seed);
        List<String> out = new ArrayList<>();
        new Trainer(cfg, Tasks.create(cora, cfg), new DenseMethod()).weightSnapshots(false).addListener(e -> {
            if (e instanceof EpochCompleted ec) out.add(ec.loss() + " " + ec.trainAccuracy() + " " + ec.valAccuracy() + " " + ec.testAccuracy());
        }).run();
        return out;
    }

    @Test
    void sameSeedSameEpochs() throws Exception {
        Graph cora = PlanetoidLoader.load(TestData.file("cora/planetoid"), "cora");
        List<String> a = run(cora, 1), b = run(cora, 1);
        assertEquals(20, a.size());
        assertEquals(a, b);
    }
}
