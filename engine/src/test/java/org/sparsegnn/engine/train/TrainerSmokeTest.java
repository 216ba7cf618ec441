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

class TrainerSmokeTest {
    @Test
    void gcnLearnsPlantedPartition() {
        Graph g = SyntheticGraphs.planted(300, 3, 60, 1);
        TrainingConfig cfg = TrainingConfig.gcnDefaults().withEpochs(100);
        List<TrainingEvent> events = new ArrayList<>();
        TrainingEvent end = new Trainer(cfg, new NodeClassificationTask(g, SyntheticGraphs.propagation(g.adjacency()), cfg),
                new DenseMethod()).addListener(events::add).run();
        assertInstanceOf(RunFinished.class, end, end.toString());
        RunFinished f = (RunFinished) end;
        System.out.println(f.metrics());
        events.stream().filter(e -> e instanceof EpochCompleted).limit(3).forEach(System.out::println);
        assertTrue(f.metrics().get("test_accuracy") > 0.8, f.metrics().toString());
    }
}
