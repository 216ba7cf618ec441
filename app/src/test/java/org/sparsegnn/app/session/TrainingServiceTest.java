package org.sparsegnn.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sparsegnn.app.settings.SettingsViewModel;
import org.sparsegnn.engine.events.FlopsReported;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.io.SampleGraphs;
import org.sparsegnn.engine.train.TrainingSession;

/** What the settings sheet produces runs in the engine: embeddings for featureless graphs, link prediction. */
class TrainingServiceTest {
    private final TrainingService service = new TrainingService();

    @Test
    void aGraphWithoutFeaturesTrainsOnRandomWalkEmbeddings() throws Exception {
        Graph g = SampleGraphs.load(SampleGraphs.TWO_CLUBS).withFeatures(null); // like a bare edge list with labels
        SettingsViewModel settings = new SettingsViewModel();
        settings.adaptTo(g);
        settings.set(SettingsViewModel.EPOCHS, 5);
        settings.set(SettingsViewModel.EMBEDDING_DIM, 8);
        assertEquals("", settings.problemProperty().get());
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        service.runToEnd(g, settings.toConfig(), events::add);
        RunFinished f = (RunFinished) events.get(events.size() - 1);
        assertTrue(f.metrics().get("test_accuracy") >= 0, f.metrics().toString());
    }

    @Test
    void linkPredictionReportsEmbeddingProgressAndAuc() throws Exception {
        Graph g = SampleGraphs.load(SampleGraphs.TWO_CLUBS);
        SettingsViewModel settings = new SettingsViewModel();
        settings.set(SettingsViewModel.TASK, "link");
        settings.set(SettingsViewModel.EPOCHS, 3);
        settings.set(SettingsViewModel.EMBEDDING_DIM, 7); // a dimension no other test caches: walks really run
        settings.set(SettingsViewModel.METHOD, "rigl");
        List<String> stages = new CopyOnWriteArrayList<>();
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        TrainingSession s = service.start(g, settings.toConfig(), events::add, false,
                (stage, fraction) -> stages.add(stage));
        s.result().get(120, TimeUnit.SECONDS);
        assertTrue(stages.contains("skip-gram") || stages.contains("cache"), "embedding progress: " + stages);
        RunFinished f = (RunFinished) events.get(events.size() - 1);
        assertTrue(f.metrics().containsKey("test_auc") && f.metrics().containsKey("test_ap"), f.metrics().toString());
        assertTrue(events.stream().anyMatch(e -> e instanceof FlopsReported r && r.total() > 0), "the FLOPs breakdown is published");
    }
}
