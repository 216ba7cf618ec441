package org.sparsegnn.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.engine.events.FlopsReported;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.io.SampleGraphs;
import org.sparsegnn.engine.sparsity.SparsityMethods;
import org.sparsegnn.engine.train.Tasks;
import org.sparsegnn.engine.train.Trainer;
import org.sparsegnn.engine.train.TrainingConfig;

/** A recorded run keeps its FLOPs: the run folder read back holds the same reports the trainer published. */
class RunRecorderFlopsTest {
    @Test
    void theRunFolderHoldsEveryFlopsReport(@TempDir Path dir) throws Exception {
        Graph g = SampleGraphs.load(SampleGraphs.TWO_CLUBS);
        TrainingConfig c = TrainingConfig.gcnDefaults().withMethod("rigl", 0.8).withEpochs(6).withMethodParam("delta_t", 2);
        List<TrainingEvent> live = new ArrayList<>();
        try (RunRecorder recorder = new RunRecorder(dir, c, false)) {
            new Trainer(c, Tasks.create(g, c), SparsityMethods.create(c.methodSpec())).weightSnapshots(false)
                    .addListener(live::add).addListener(recorder).run();
        }
        List<TrainingEvent> stored = Experiment.load(dir).events();
        List<FlopsReported> published = live.stream().filter(e -> e instanceof FlopsReported).map(e -> (FlopsReported) e).toList();
        assertEquals(6, published.size(), "one report per epoch");
        assertEquals(published, stored.stream().filter(e -> e instanceof FlopsReported).toList());
    }
}
