package org.sparsegnn.app.shell;

import java.util.List;
import org.sparsegnn.app.charts.MetricsViewModel;
import org.sparsegnn.app.dataset.DatasetCatalog;
import org.sparsegnn.app.dataset.DatasetEntry;
import org.sparsegnn.app.dataset.DatasetViewModel;
import org.sparsegnn.app.flops.FlopsViewModel;
import org.sparsegnn.app.runs.RunsViewModel;
import org.sparsegnn.app.sweep.ReproductionViewModel;
import org.sparsegnn.app.sweep.SweepViewModel;
import org.sparsegnn.app.heatmap.HeatmapViewModel;
import org.sparsegnn.app.narration.NarrationViewModel;
import org.sparsegnn.app.pipeline.EventQueue;
import org.sparsegnn.app.run.RunStore;
import org.sparsegnn.app.session.ComputeThreads;
import org.sparsegnn.app.session.SessionViewModel;
import org.sparsegnn.app.session.TrainingService;
import org.sparsegnn.app.settings.SettingsViewModel;
import org.sparsegnn.app.task.TaskExecutor;
import org.sparsegnn.app.theme.Appearance;
import org.sparsegnn.engine.repro.GraphCache;
import org.sparsegnn.engine.repro.Reproduction;

/** Composition root: every view-model of one workbench window, wired to one run store and one event queue. */
public final class Workbench {
    public final TaskExecutor executor;
    public final EventQueue queue = new EventQueue();
    public final RunStore store = new RunStore();
    public final TrainingService service = new TrainingService();
    public final Appearance appearance = new Appearance();
    public final DatasetViewModel dataset;
    public final SettingsViewModel settings = new SettingsViewModel();
    public final SessionViewModel session;
    public final MetricsViewModel metrics;
    public final HeatmapViewModel heatmap;
    public final NarrationViewModel narration;
    public final FlopsViewModel flops;
    public final SweepViewModel sweep;
    public final RunsViewModel runs;
    public final ReproductionViewModel reproduction;

    public Workbench(TaskExecutor executor) {
        this(executor, DatasetCatalog.standard());
    }

    public Workbench(TaskExecutor executor, List<DatasetEntry> catalog) {
        ComputeThreads.limitEngineKernels();
        this.executor = executor;
        dataset = new DatasetViewModel(executor, catalog);
        metrics = new MetricsViewModel(store);
        heatmap = new HeatmapViewModel(store);
        narration = new NarrationViewModel(store);
        flops = new FlopsViewModel(store);
        session = new SessionViewModel(store, queue, executor, service, dataset::graph, settings::toConfig,
                settings.problemProperty(), dataset.blockedProperty());
        runs = new RunsViewModel(store, executor, service::config);
        sweep = new SweepViewModel(executor, service, dataset::graph, settings::toConfigFor, runs::open);
        reproduction = new ReproductionViewModel(executor, (figure, seeds) -> Reproduction.ofPaper(List.of(figure), seeds,
                new GraphCache(DatasetCatalog::loadNamed)), queue, runId -> store.setOverlaid(runId, false), sweep);
        dataset.graphProperty().addListener((o, a, g) -> settings.adaptTo(g));
    }
}
