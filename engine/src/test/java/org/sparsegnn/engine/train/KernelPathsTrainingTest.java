package org.sparsegnn.engine.train;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.sparsity.DenseMethod;
import org.sparsegnn.engine.testing.SyntheticGraphs;

/** A whole GCN training run on the ND4J-ops kernels (the GPU path) follows the Java kernels' run. */
class KernelPathsTrainingTest {
    private static List<EpochCompleted> run(String kernels) {
        Graph g = SyntheticGraphs.planted(200, 3, 40, 2);
        TrainingConfig cfg = TrainingConfig.gcnDefaults().withEpochs(8).withSeed(3);
        String before = System.getProperty("sparsegnn.kernels");
        System.setProperty("sparsegnn.kernels", kernels);
        try {
            List<EpochCompleted> epochs = new ArrayList<>();
            TrainingEvent end = new Trainer(cfg, new NodeClassificationTask(g, SyntheticGraphs.propagation(g.adjacency()), cfg),
                    new DenseMethod()).addListener(e -> {
                        if (e instanceof EpochCompleted ec) epochs.add(ec);
                    }).run();
            assertInstanceOf(RunFinished.class, end, end.toString());
            return epochs;
        } finally {
            if (before == null) System.clearProperty("sparsegnn.kernels");
            else System.setProperty("sparsegnn.kernels", before);
        }
    }

    @Test
    void nd4jKernelsTrainLikeJavaKernels() {
        List<EpochCompleted> java = run("java"), nd4j = run("nd4j");
        assertEquals(java.size(), nd4j.size());
        for (int i = 0; i < java.size(); i++) {
            assertEquals(java.get(i).loss(), nd4j.get(i).loss(), 1e-4, "loss at epoch " + (i + 1));
            assertEquals(java.get(i).valAccuracy(), nd4j.get(i).valAccuracy(), 0.02, "val accuracy at epoch " + (i + 1));
        }
    }
}
