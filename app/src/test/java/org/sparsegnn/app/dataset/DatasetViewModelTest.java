package org.sparsegnn.app.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sparsegnn.app.task.CurrentThreadTaskExecutor;
import org.sparsegnn.engine.graph.io.SampleGraphs;

/** What the chooser shows while a named dataset downloads, once it is loaded, and when it fails. */
class DatasetViewModelTest {
    @Test
    void downloadProgressReachesTheWindowThenTheSummary() {
        DatasetEntry downloading = new DatasetEntry("cora (downloads on first use)", DatasetEntry.Kind.NAMED, p -> {
            p.report(0.25, "Downloading ind.cora.x: 0.1 of 0.4 MB");
            p.report(1.0, "Downloading ind.cora.x: 0.4 of 0.4 MB");
            return SampleGraphs.load(SampleGraphs.DEFAULT);
        });
        DatasetViewModel vm = new DatasetViewModel(new CurrentThreadTaskExecutor(), List.of());
        List<String> statuses = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        vm.statusProperty().addListener((o, a, v) -> statuses.add(v));
        vm.progressProperty().addListener((o, a, v) -> fractions.add(v.doubleValue()));
        vm.selectedProperty().set(downloading);
        assertTrue(statuses.contains("Downloading ind.cora.x: 0.1 of 0.4 MB"), statuses.toString());
        assertTrue(fractions.contains(0.25), fractions.toString());
        assertEquals("", vm.blockedProperty().get(), "ready to run once loaded");
        assertTrue(vm.summary().stream().anyMatch(r -> r[0].equals("Nodes")), "summary filled");
    }

    @Test
    void aFailedDownloadIsOneLineAndKeepsTheGraphLoaded() {
        DatasetViewModel vm = new DatasetViewModel(new CurrentThreadTaskExecutor(), List.of());
        vm.selectedProperty().set(new DatasetEntry("sample", DatasetEntry.Kind.SAMPLE, p -> SampleGraphs.load(SampleGraphs.DEFAULT)));
        vm.selectedProperty().set(new DatasetEntry("pubmed (downloads on first use)", DatasetEntry.Kind.NAMED, p -> {
            throw new IOException("pubmed: download failed (no network)\n\tat somewhere");
        }));
        assertEquals("Could not load pubmed (downloads on first use): pubmed: download failed (no network)",
                vm.errorProperty().get());
        assertEquals(SampleGraphs.DEFAULT, vm.graph().name(), "the previous graph stays");
        assertEquals("", vm.blockedProperty().get());
    }
}
