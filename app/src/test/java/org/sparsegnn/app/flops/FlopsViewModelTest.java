package org.sparsegnn.app.flops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sparsegnn.app.run.RunStore;
import org.sparsegnn.app.session.TrainingService;
import org.sparsegnn.app.settings.SettingsViewModel;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.WeightSnapshot;
import org.sparsegnn.engine.graph.io.SampleGraphs;
import org.sparsegnn.engine.record.EventJson;

class FlopsViewModelTest {
    @Test
    void aRunReopenedFromDiskShowsTheSameFlopsViewAsLive() throws Exception {
        SettingsViewModel settings = new SettingsViewModel();
        settings.set(SettingsViewModel.METHOD, "rigl");
        settings.set(SettingsViewModel.EPOCHS, 12);
        settings.get("param.delta_t").valueProperty().set(4);
        List<TrainingEvent> live = new ArrayList<>();
        new TrainingService().runToEnd(SampleGraphs.load(SampleGraphs.TWO_CLUBS), settings.toConfig(), live::add);
        RunStore liveStore = new RunStore();
        FlopsViewModel liveView = new FlopsViewModel(liveStore);
        liveStore.applyBatch(live);

        // as an experiment file stores it: one JSON line per event, weight snapshots left out
        List<TrainingEvent> fromDisk = new ArrayList<>();
        for (TrainingEvent e : live) {
            if (!(e instanceof WeightSnapshot)) fromDisk.add(EventJson.fromLine(EventJson.toLine(e), "test"));
        }
        RunStore replayStore = new RunStore();
        FlopsViewModel replayView = new FlopsViewModel(replayStore);
        replayStore.addReplayed(fromDisk);

        String summary = liveView.summaryProperty().get();
        assertTrue(summary.contains("12 of 12 epochs: counted by the engine") && summary.contains("drop-and-grow included"), summary);
        assertEquals(summary, replayView.summaryProperty().get());
        assertTrue(liveView.ratios().getColumnCount() > 0 && liveView.ratios().getRowCount() > 0, "FLOPs bars");
        assertEquals(liveView.ratios(), replayView.ratios());
        assertEquals(liveView.kernelSwitches(), replayView.kernelSwitches());
        assertEquals(liveView.csvRows().stream().map(List::of).toList(), replayView.csvRows().stream().map(List::of).toList());
        assertTrue(replayView.cumulative().getSeriesIndex("dense training, same epochs (theory)") >= 0,
                "the dense yardstick of a reopened run");
    }
}
