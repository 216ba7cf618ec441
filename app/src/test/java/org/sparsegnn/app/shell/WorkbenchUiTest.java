package org.sparsegnn.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sparsegnn.app.export.ExportableView;
import org.sparsegnn.app.heatmap.LayerFrame;
import org.sparsegnn.app.pipeline.FxEventPump;
import org.sparsegnn.app.run.RunRecord;
import org.sparsegnn.app.session.SessionViewModel;
import org.sparsegnn.app.settings.SettingsViewModel;
import org.sparsegnn.app.sweep.TrialRow;
import org.sparsegnn.app.task.ThreadPoolTaskExecutor;
import org.sparsegnn.app.theme.MaskPalette;
import org.sparsegnn.app.theme.Theme;
import org.sparsegnn.engine.graph.io.SampleGraphs;
import org.sparsegnn.engine.report.Sweep;
import org.sparsegnn.engine.report.SweepFolder;
import org.sparsegnn.engine.report.SweepTrial;
import org.sparsegnn.engine.train.TrainingConfig;
import org.sparsegnn.engine.train.TrainingConfigBuilder;
import org.sparsegnn.engine.repro.GraphCache;
import org.sparsegnn.engine.repro.Reproduction;
import org.sparsegnn.engine.repro.ReproductionPlan;
import org.sparsegnn.engine.train.TaskKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle) with real training on the built-in sample graph. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class WorkbenchUiTest {
    private Workbench wb;
    private MainWindow window;
    private FxEventPump pump;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wb = new Workbench(new ThreadPoolTaskExecutor(Platform::runLater));
        window = WorkbenchApp.build(wb, stage);
        pump = new FxEventPump(wb.queue, wb.store::applyBatch);
        pump.start();
        WorkbenchApp.apply(AppOptions.parse(List.of()), wb);
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        Platform.runLater(() -> {
            wb.session.stop();
            pump.stop();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheSampleGraphReadyToRun(FxRobot robot) throws Exception {
        waitUntil(60, () -> wb.dataset.graph() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> chooser = robot.lookup("#dataset-chooser").queryAs(ComboBox.class);
        assertTrue(chooser.getValue().toString().startsWith("Sample: sbm-7class"), chooser.getValue().toString());
        assertFalse(robot.lookup("#run-button").queryButton().isDisabled(), "Run is ready");
        assertEquals(AppIcons.SIZES.length, stage.getIcons().size(), "window icon in every size");
        assertTrue(robot.lookup("#graph-summary").lookup((Label l) -> l.getText().equals("1,400")).tryQuery().isPresent(),
                "summary shows the node count");
        robot.clickOn("#hide-settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((BorderPane) window.scene().getRoot()).getLeft() == null, "settings pane hidden");
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL); // Ctrl+H brings it back
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((BorderPane) window.scene().getRoot()).getLeft() != null, "settings pane back");
        robot.clickOn("#preset-tiny");
        waitUntil(60, () -> wb.dataset.graph() != null && wb.dataset.graph().numNodes() == 34);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4", wb.settings.get(SettingsViewModel.HIDDEN).value());
        assertEquals("rigl", wb.settings.get(SettingsViewModel.METHOD).value());
        assertFalse(robot.lookup("#run-button").queryButton().isDisabled(), "tiny preset is ready to run");
    }

    @Test
    void sparseTrainingShowsEpochsDropAndGrowAndFlops(FxRobot robot) throws Exception {
        waitUntil(60, () -> wb.dataset.graph() != null);
        robot.interact(() -> {
            wb.settings.set(SettingsViewModel.METHOD, "rigl");
            wb.settings.set(SettingsViewModel.SPARSITY, 0.8);
            wb.settings.set(SettingsViewModel.EPOCHS, 30);
            wb.settings.get("param.delta_t").valueProperty().set(5);
        });
        robot.clickOn("#run-button");
        waitUntil(300, this::currentRunDone);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            RunRecord run = wb.store.current();
            assertEquals(30, run.lastEpoch());
            assertEquals(3, wb.metrics.accuracy().getSeriesCount());
            for (int i = 0; i < 3; i++) assertEquals(30, wb.metrics.accuracy().getSeries(i).getItemCount());
            assertTrue(wb.flops.ratios().getRowCount() > 0 && wb.flops.ratios().getColumnCount() > 0, "FLOPs bars");
            assertEquals(30, wb.flops.cumulative().getSeries(0).getItemCount());
            assertEquals(30, wb.flops.epochTimes().getSeries(0).getItemCount(), "a measured time per epoch");
            assertTrue(wb.narration.lines().stream().anyMatch(s -> s.startsWith("Update ")), "narrated updates");
        });
        boolean[] seen = findDropAndGrowColours(robot);
        assertTrue(seen[0] && seen[1], "heatmap shows dropped and grown weights at some update");
        System.out.printf("UI pulse gaps during the run: p99 %.1f ms, max %.1f ms over %d pulses; FX-thread CPU per "
                        + "event batch: median %.2f ms, p99 %.2f ms over %d batches (%d events)%n",
                window.probe().percentile(99), window.probe().max(), window.probe().samples(),
                pump.batchCpuPercentile(50), pump.batchCpuPercentile(99), pump.batchCount(), pump.eventCount());
    }

    @Test
    void linkPredictionOnSparseEmbeddingsShowsProgressAucAndFlops(FxRobot robot) throws Exception {
        waitUntil(60, () -> wb.dataset.graph() != null);
        List<String> progressTexts = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            wb.session.progressTextProperty().addListener((o, a, v) -> progressTexts.add(v));
            wb.settings.set(SettingsViewModel.TASK, "link");
            wb.settings.set(SettingsViewModel.EMBEDDING_TOPK, 46.9); // the paper's brain-network k: sparse, still informative
            wb.settings.set(SettingsViewModel.METHOD, "rigl");
            wb.settings.set(SettingsViewModel.SPARSITY, 0.9);
            wb.settings.set(SettingsViewModel.EPOCHS, 6);
            wb.settings.get("param.delta_t").valueProperty().set(20);
            wb.settings.get("embedding.walksPerNode").valueProperty().set(4); // a fresh (uncached) embedding, quickly
            wb.settings.get("embedding.window").valueProperty().set(3);
        });
        robot.clickOn("#run-button");
        waitUntil(300, this::currentRunDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(progressTexts.stream().anyMatch(t -> t.startsWith("Embedding sbm-7class: ")), "embedding progress shown: " + progressTexts.subList(0, Math.min(5, progressTexts.size())));
        robot.interact(() -> {
            RunRecord run = wb.store.current();
            assertEquals(RunRecord.Status.FINISHED, run.status(), wb.session.errorProperty().get());
            assertEquals("link", run.setting("task"));
            assertEquals(4, wb.metrics.accuracy().getSeriesCount(), "train, val, test accuracy and test ROC-AUC");
            var auc = wb.metrics.accuracy().getSeries(3);
            assertTrue(auc.getKey().toString().endsWith("test ROC-AUC"), auc.getKey().toString());
            assertEquals(6, auc.getItemCount());
            assertTrue(auc.getY(5).doubleValue() > 0.6, "AUC above chance: " + auc.getY(5));
            var row = wb.runs.rows().get(0);
            assertTrue(row.testAuc() > 0.6 && row.testAp() > 0.6, row.toString());
            assertTrue(wb.session.progressTextProperty().get().contains("ROC-AUC"), wb.session.progressTextProperty().get());
            assertTrue(wb.narration.lines().stream().anyMatch(l -> l.contains("to predict links")), "narrated task");
            assertTrue(wb.narration.lines().stream().anyMatch(l -> l.startsWith("Run finished") && l.contains("ROC-AUC")),
                    "narrated AUC");
            String flops = wb.flops.summaryProperty().get();
            assertTrue(flops.contains("Sparse embeddings"), flops);
            assertTrue(wb.flops.ratios().getColumnCount() > 0, "FLOPs bars");
            assertTrue(wb.flops.cumulative().getSeriesIndex("dense training on dense embeddings (theory)") >= 0,
                    "dense-embedding yardstick drawn");
        });
        shoot(Path.of("target", "screenshots", "link"));
    }

    private boolean[] findDropAndGrowColours(FxRobot robot) {
        MaskPalette p = MaskPalette.standard();
        boolean[] seen = new boolean[2];
        robot.interact(() -> {
            for (int pos = 0; pos < wb.heatmap.frameCountProperty().get(); pos++) {
                wb.heatmap.positionProperty().set(pos);
                for (LayerFrame f : wb.heatmap.frames()) {
                    for (int c : f.pixels()) {
                        if (c == p.color(MaskPalette.CellState.DROPPED)) seen[0] = true;
                        if (c == p.color(MaskPalette.CellState.GROWN)) seen[1] = true;
                    }
                }
            }
        });
        return seen;
    }

    @Test
    void pauseStepResumeAndStop(FxRobot robot) throws Exception {
        waitUntil(60, () -> wb.dataset.graph() != null);
        robot.interact(() -> {
            wb.settings.set(SettingsViewModel.EPOCHS, 5000);
            wb.session.speedProperty().set(10); // paced: 10 epochs per second
        });
        robot.clickOn("#run-button");
        waitUntil(120, () -> epoch() >= 3);
        robot.clickOn("#pause-button");
        Thread.sleep(2000); // the epoch in flight may still complete
        int paused = epoch();
        Thread.sleep(1500);
        assertEquals(paused, epoch(), "no epochs while paused");
        robot.clickOn("#step-button");
        try {
            waitUntil(30, () -> epoch() >= paused + 1);
        } catch (TimeoutException e) {
            throw new AssertionError("step did not advance: state " + wb.session.stateProperty().get() + ", epoch "
                    + epoch() + ", paused at " + paused + ", step disabled "
                    + robot.lookup("#step-button").queryButton().isDisabled() + ", queue empty " + wb.queue.isEmpty());
        }
        Thread.sleep(1500);
        assertEquals(paused + 1, epoch(), "one step = one epoch");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Label text = robot.lookup("#progress-text").queryAs(Label.class);
            assertTrue(text.getText().endsWith("· paused"), text.getText());
            assertTrue(text.getWidth() + 0.5 >= text.prefWidth(-1), "progress text cut off: '" + text.getText() + "' in "
                    + text.getWidth() + " px of " + text.prefWidth(-1));
        });
        robot.type(KeyCode.SPACE); // resume with the keyboard
        waitUntil(120, () -> epoch() >= paused + 4);
        robot.clickOn("#stop-button");
        waitUntil(120, () -> wb.store.current().status() == RunRecord.Status.CANCELLED);
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL); // Ctrl+R: reset
        waitUntil(30, () -> wb.store.all().isEmpty() && wb.session.stateProperty().get() == SessionViewModel.State.IDLE);
        robot.type(KeyCode.RIGHT); // →: one epoch from idle starts a paused run
        waitUntil(120, () -> epoch() == 1);
        Thread.sleep(1500);
        assertEquals(1, epoch(), "→ trains exactly one epoch");
    }

    @Test
    void stepUpdateWalksTheTinyGraphOneDropAndGrowAtATime(FxRobot robot) throws Exception {
        waitUntil(60, () -> wb.dataset.graph() != null);
        robot.clickOn("#preset-tiny");
        waitUntil(60, () -> wb.dataset.graph() != null && wb.dataset.graph().numNodes() == 34
                && wb.dataset.blockedProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#preset-note").queryAs(Label.class).getText().startsWith("Tiny graph"));
        robot.clickOn("#step-update-button"); // from idle: starts a paused run and stops after its first update
        waitUntil(120, () -> updates() == 1 && wb.session.stateProperty().get() == SessionViewModel.State.PAUSED);
        Thread.sleep(1500);
        int epochAtFirst = epoch();
        assertEquals(1, updates(), "paused after exactly one drop-and-grow update");
        assertTrue(epochAtFirst >= 5 && epochAtFirst <= 6, "update every 5 epochs, paused at epoch " + epochAtFirst);
        robot.clickOn("#step-update-button");
        waitUntil(120, () -> updates() == 2);
        Thread.sleep(1500);
        assertEquals(2, updates(), "one more update per press");
        assertEquals(epochAtFirst + 5, epoch(), "the next update is 5 epochs later");
        assertEquals(SessionViewModel.State.PAUSED, wb.session.stateProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        // the narration follows the newest line (it used to stay where the list's size estimate put it)
        robot.interact(() -> {
            int last = wb.narration.lines().size() - 1;
            ListView<?> list = robot.lookup("#narration").queryAs(ListView.class);
            var lastCell = robot.from(list).lookup((ListCell<?> c) -> c.getIndex() == last && c.isVisible())
                    .tryQuery();
            assertTrue(lastCell.isPresent(), "newest narration line is laid out");
            var cellBounds = lastCell.get().localToScene(lastCell.get().getBoundsInLocal());
            var listBounds = list.localToScene(list.getBoundsInLocal());
            assertTrue(cellBounds.getMaxY() <= listBounds.getMaxY() + 1 && cellBounds.getMinY() >= listBounds.getMinY(),
                    "newest narration line is inside the visible list: " + cellBounds + " in " + listBounds);
        });
    }

    @Test
    void figure7IsOneClickSlrAgainstRiglOverlaidWithSlrAsBaseline(FxRobot robot) throws Exception {
        waitUntil(60, () -> wb.dataset.graph() != null);
        robot.clickOn("#compare-fig7");
        waitUntil(300, () -> wb.store.all().size() == 2 && wb.store.all().stream()
                .allMatch(r -> r.status() == RunRecord.Status.FINISHED) && wb.queue.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            RunRecord slr = wb.store.all().stream().filter(r -> "slr".equals(r.setting("method"))).findFirst().orElseThrow();
            RunRecord rigl = wb.store.all().stream().filter(r -> "rigl".equals(r.setting("method"))).findFirst().orElseThrow();
            assertEquals(slr.runId(), wb.store.baseline(), "SLR pinned as the baseline");
            assertEquals(2, wb.store.overlaid().size(), "both runs overlaid");
            assertEquals(6, wb.metrics.accuracy().getSeriesCount(), "train / val / test of each run");
            assertTrue(slr.phases().size() >= 2, "SLR's dense / re-weight / retrain phases: " + slr.phases().size());
            assertTrue(wb.metrics.bands().size() >= 3, "phase bands shaded: " + wb.metrics.bands().size());
            assertTrue(!wb.metrics.updateEpochs().isEmpty(), "RigL's update steps marked");
            assertEquals(rigl.settings().get("dataset"), slr.settings().get("dataset"), "same data");
        });
        shoot(Path.of("target", "screenshots", "fig7"));
    }

    /** Mask updates of the current run's first layer so far (its recorded mask states less the initial one). */
    private long updates() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> { // read on the FX thread, which applies the events
            RunRecord r = wb.store.current();
            if (r == null || r.maskLayers().isEmpty()) return 0L;
            String first = r.maskLayers().keySet().iterator().next();
            return Math.max(0L, r.timeline().stream().filter(t -> t.layer().equals(first)).count() - 1);
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void badHyperparameterDisablesRunWithAReason(FxRobot robot) throws Exception {
        waitUntil(60, () -> wb.dataset.graph() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Button run = robot.lookup("#run-button").queryButton();
        assertFalse(run.isDisabled());
        robot.clickOn("#setting-hidden").eraseText(4).write("16,x");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(run.isDisabled(), "Run disabled");
        String why = robot.lookup("#run-blocked").queryAs(Label.class).getText();
        assertTrue(why.contains("Hidden sizes"), why);
        robot.interact(() -> robot.lookup("#setting-hidden").queryAs(TextField.class).setText("16"));
        // every category is open; the field may be below the fold of the settings pane, so focus it and type
        robot.interact(() -> {
            TextField lr = robot.lookup("#setting-lr").queryAs(TextField.class);
            lr.requestFocus();
            lr.end();
        });
        robot.eraseText(6).write("-0.5").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(run.isDisabled(), "negative learning rate disables Run");
        assertTrue(robot.lookup("#settings-problem").queryAs(Label.class).getText().startsWith("Learning rate"));
        robot.interact(() -> robot.lookup("#setting-lr").queryAs(TextField.class).setText("0.01"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(run.isDisabled(), "valid again");
    }

    @Test
    void aMalformedFileShowsAnErrorAndTheAppCarriesOn(FxRobot robot) throws Exception {
        waitUntil(60, () -> wb.dataset.graph() != null);
        Path bad = Files.createTempDirectory("wb").resolve("broken.mtx");
        Files.writeString(bad, "%%MatrixMarket matrix coordinate real general\n3 3 2\n1 x 1\n2 3 1\n");
        robot.interact(() -> wb.dataset.openFile(bad));
        waitUntil(30, () -> !wb.dataset.errorProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        String msg = robot.lookup("#error-banner").queryAs(Label.class).getText();
        assertTrue(msg.contains("broken.mtx"), msg);
        assertFalse(msg.contains("\n") || msg.contains("Exception"), "one line, no stack trace: " + msg);
        assertEquals("sbm-7class", wb.dataset.graph().name(), "the previous graph stays loaded");
        assertFalse(robot.lookup("#run-button").queryButton().isDisabled(), "still usable");
    }

    @Test
    void aDivergingRunStopsWithABannerANarrationLineAndItsStatus(FxRobot robot) throws Exception {
        waitUntil(60, () -> wb.dataset.graph() != null);
        robot.interact(() -> {
            wb.settings.set(SettingsViewModel.METHOD, "rigl");
            wb.settings.set(SettingsViewModel.EPOCHS, 50);
            wb.settings.set(SettingsViewModel.LR, 1e9);
        });
        robot.clickOn("#run-button");
        waitUntil(120, this::currentRunDone);
        WaitForAsyncUtils.waitForFxEvents();
        String banner = robot.lookup("#error-banner").queryAs(Label.class).getText();
        assertTrue(banner.matches("Training diverged at epoch \\d+: the loss grew from .*; the learning rate \\(1\\.00e\\+09\\) "
                + "is probably too high, try a smaller one\\."), banner);
        robot.interact(() -> {
            assertEquals(RunRecord.Status.DIVERGED, wb.store.current().status());
            assertTrue(wb.store.current().lastEpoch() < 50, "stopped early");
            String said = wb.narration.lines().get(wb.narration.lines().size() - 1);
            assertTrue(said.startsWith("The run was stopped because it diverged (training diverged at epoch "), said);
            assertFalse(robot.lookup("#run-button").queryButton().isDisabled(), "ready for the next run");
        });
        shoot(Path.of("target", "screenshots", "diverged", "accuracy-loss.png"));
    }

    @Test
    void screenshotsAndExportsOfEveryView(FxRobot robot) throws Exception {
        waitUntil(60, () -> wb.dataset.graph() != null);
        // dense runs first: the cost view measures the sparse run's time against the latest one (the first run of
        // a fresh JVM also pays for compiling the code, so it would flatter whatever comes after it)
        robot.interact(() -> {
            wb.settings.set(SettingsViewModel.METHOD, "dense");
            wb.settings.set(SettingsViewModel.EPOCHS, 40);
        });
        for (int i = 1; i <= 2; i++) {
            int runs = i;
            robot.clickOn("#run-button");
            waitUntil(300, () -> currentRunDone() && wb.store.all().size() == runs);
        }
        robot.interact(() -> {
            wb.settings.set(SettingsViewModel.METHOD, "rigl");
            wb.settings.set(SettingsViewModel.SPARSITY, 0.9);
            wb.settings.set(SettingsViewModel.EPOCHS, 40);
            wb.settings.get("param.delta_t").valueProperty().set(5);
        });
        robot.clickOn("#run-button");
        waitUntil(300, () -> currentRunDone() && wb.store.all().size() == 3);
        robot.interact(() -> {
            assertEquals(2, wb.flops.ratios().getRowCount(), "FLOPs and time bars: " + wb.flops.summaryProperty().get());
            wb.heatmap.positionProperty().set(Math.max(0, wb.heatmap.frameCountProperty().get() - 2));
            wb.settings.set(SettingsViewModel.EPOCHS, 20);
            wb.sweep.methodsProperty().set("rigl, slr"); // two methods with different hyperparameters
            wb.sweep.sparsitiesProperty().set("0.5, 0.9");
            wb.sweep.start();
        });
        waitUntil(300, () -> !wb.sweep.runningProperty().get());
        assertEquals(4, wb.sweep.points().size(), "a point per finished sweep run");
        Path dir = Path.of("target", "screenshots");
        shoot(dir);
        robot.interact(() -> {
            wb.appearance.themeProperty().set(Theme.DARK);
            wb.appearance.zoomProperty().set(1.5);
            wb.appearance.presenterProperty().set(true);
        });
        shoot(dir.resolve("dark-presenter"));
        assertEquals(AppOptions.VIEW_IDS, window.views().stream().map(ExportableView::id).toList(), "--view knows every tab");
        robot.interact(() -> window.tabs().getSelectionModel().select(AppOptions.VIEW_IDS.indexOf("runs")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            var table = robot.lookup("#runs-table").queryAs(TableView.class);
            assertTrue(!table.getItems().isEmpty() && table.getItems().size() == wb.runs.rows().size(),
                    "rows shown: " + table.getItems().size() + " of " + wb.runs.rows().size());
            window.tabs().getSelectionModel().select(0);
            assertTrue(table.getItems().isEmpty(), "a hidden runs tab builds no rows");
        });
        for (ExportableView v : window.views()) {
            assertTrue(Files.size(dir.resolve(String.format("%02d-%s.png", window.views().indexOf(v) + 1, v.id()))) > 20_000);
        }
        Path exports = Path.of("target", "exports");
        robot.interact(() -> window.exportAll(exports));
        for (ExportableView v : window.views()) {
            for (String ext : List.of("png", "svg", "csv")) {
                Path f = exports.resolve(v.id() + "." + ext);
                assertTrue(Files.size(f) > 20, f + " written");
            }
        }
        assertTrue(Files.readString(exports.resolve("mask-heatmap.svg")).contains("<svg"));
        Color page = Theme.DARK.chartBackground; // exported while the dark theme is on: a dark page
        assertTrue(Files.readString(exports.resolve("mask-heatmap.svg")).contains(String.format("fill:rgb(%d,%d,%d)",
                page.getRed(), page.getGreen(), page.getBlue())), "heatmap SVG follows the theme");

        Path saved = Files.createTempDirectory("experiment");
        robot.interact(() -> wb.runs.save(saved));
        waitUntil(60, () -> wb.runs.messageProperty().get().startsWith("Saved"));
        int frames = wb.store.current().timeline().size();
        String sparseRun = wb.store.current().runId();
        robot.interact(() -> wb.runs.open(saved));
        waitUntil(60, () -> wb.runs.messageProperty().get().startsWith("Opened"));
        robot.interact(() -> {
            assertEquals(3, wb.store.all().size(), "reopened runs replace the live ones with the same ids (2 dense, rigl)");
            assertEquals(frames, wb.store.get(sparseRun).timeline().size(), "mask history replayed");
        });
    }

    @Test
    void aSweepFolderMadeElsewhereOverlaysTheChartAndItsTrialsOpenAsRuns(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory("sweeps").resolve("cli-sweep");
        writeSweepFolder(folder);
        waitUntil(60, () -> wb.dataset.graph() != null);
        robot.interact(() -> window.tabs().getSelectionModel().select(AppOptions.VIEW_IDS.indexOf("sparsity-sweep")));
        robot.interact(() -> wb.sweep.opened().open(folder));
        waitUntil(60, () -> wb.sweep.opened().trials().size() == 5);
        robot.interact(() -> {
            assertTrue(wb.sweep.opened().statusProperty().get().startsWith("Opened cli-sweep: 5 trials, 4 finished, 1 failed"),
                    wb.sweep.opened().statusProperty().get());
            assertTrue(wb.sweep.data().getSeriesIndex("rigl (cli-sweep)") >= 0, "the folder's rigl line is drawn");
            assertEquals(2, wb.sweep.data().getSeries("rigl (cli-sweep)").getItemCount(), "one point per sparsity");
            TrialRow failed = wb.sweep.opened().trials().stream().filter(t -> t.trial().equals("snip_s0.8_seed0")).findFirst().orElseThrow();
            assertTrue(failed.status().contains("unknown prunable layer(s) [nosuch]"), failed.status());
        });
        var table = robot.lookup("#sweep-trials").queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            var rows = (javafx.scene.control.TableView<TrialRow>) table;
            rows.getSelectionModel().select(rows.getItems().stream().filter(t -> t.trial().equals("rigl_s0.9_seed0")).findFirst().orElseThrow());
        });
        robot.clickOn("#sweep-open-trial");
        waitUntil(60, () -> wb.store.current() != null && wb.store.current().status() == RunRecord.Status.FINISHED);
        robot.interact(() -> {
            RunRecord run = wb.store.current();
            assertEquals("rigl", run.setting("method"));
            assertEquals(20, run.lastEpoch(), "its curve");
            assertFalse(run.timeline().isEmpty(), "its masks");
            assertTrue(wb.flops.summaryProperty().get().contains("20 of 20 epochs: counted by the engine"), wb.flops.summaryProperty().get());
        });
        robot.interact(() -> window.tabs().getSelectionModel().select(AppOptions.VIEW_IDS.indexOf("sparsity-sweep")));
        shoot(Path.of("target", "screenshots", "opened-sweep"));
    }

    /** A sweep folder as the CLI's sweep writes it (the engine's own trial writer): 4 finished trials, 1 failed. */
    private static void writeSweepFolder(Path dir) throws Exception {
        var graph = SampleGraphs.load(SampleGraphs.DEFAULT);
        var folder = new SweepFolder(dir);
        for (var plan : Sweep.plan(List.of("rigl", "set"), List.of(0.5, 0.9), List.of(0L))) {
            var config = TrainingConfig.gcnDefaults().withEpochs(20).withSeed(plan.seed())
                    .withMethod(plan.method(), plan.sparsity()).withMethodParam("delta_t", 5);
            folder.run(graph, "sbm-7class", plan, config, "ui-test", e -> { });
        }
        var failing = TrainingConfigBuilder.from(
                TrainingConfig.gcnDefaults().withEpochs(5).withMethod("snip", 0.8));
        failing.prunableLayers = "nosuch";
        var plan = new Sweep.Plan("snip", 0.8, 0);
        assertThrows(SweepTrial.Failed.class,
                () -> folder.run(graph, "sbm-7class", plan, failing.build(), "ui-test", e -> { }));
    }

    /**
     * "Reproduce a figure" end to end with Fig. 7's plan shrunk to small GCNs on the sample graph: runs in the
     * background, fills the sweep chart, shows the trial in training in the accuracy view, writes the report.
     */
    @Test
    void reproducesAFigureInTheBackground(FxRobot robot) throws Exception {
        waitUntil(60, () -> wb.dataset.graph() != null);
        Path out = Files.createTempDirectory("reproduce-ui");
        robot.interact(() -> {
            wb.reproduction.useSource((figure, seeds) -> Reproduction.of(List.of(figure), seeds,
                    new GraphCache((name, graphOnly) -> SampleGraphs.load(SampleGraphs.DEFAULT)),
                    WorkbenchUiTest::smallGcn, List.of("small GCNs on the sample graph")));
            wb.reproduction.outDirProperty().set(out);
        });
        robot.clickOn("#reproduce-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("sparsity-sweep", window.currentView().id(), "the button opens the sweep view");
        robot.clickOn("#reproduce-start");
        waitUntil(300, () -> !wb.reproduction.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        String status = robot.lookup("#reproduce-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Done: report, CSV and charts in "), status);
        assertTrue(Files.readString(out.resolve("reproduction.md")).contains("## Fig. 7: accuracy vs epoch at sparsity 0.906"));
        assertTrue(Files.isRegularFile(out.resolve("fig7-node.png")));
        robot.interact(() -> {
            assertEquals(2, wb.sweep.data().getSeriesCount(), "SLR and sparse training at 0.906");
            assertTrue(wb.sweep.titleProperty().get().startsWith("Fig. 7: accuracy vs epoch at sparsity 0.906 (ours)"));
            assertEquals(12, wb.store.all().size(), "every trial was shown in the accuracy view");
            assertEquals(1, wb.store.overlaid().size(), "only the last trial stays overlaid");
        });
        shoot(Path.of("target", "screenshots", "reproduce"));
        robot.clickOn("#reproduce-start"); // everything is stored now: nothing trains again
        waitUntil(120, () -> !wb.reproduction.runningProperty().get());
        robot.interact(() -> assertEquals(12, wb.store.all().size(), "no new runs"));
    }

    private static TrainingConfig smallGcn(ReproductionPlan.Panel p, ReproductionPlan.Series s, double sparsity, long seed) {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(TrainingConfig.gcnDefaults().withSeed(seed).withMethod(s.method(), sparsity));
        b.hidden = List.of(p.task() == TaskKind.LINK ? 9 : 8); // both panels on the sample's nodes, as different trials
        b.epochs = 8;
        if (s.method().equals("slr")) {
            b.methodParams.put("reweight_epochs", 4.0);
            b.methodParams.put("retrain_epochs", 4.0);
        }
        return b.build();
    }

    private void shoot(Path dir) throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        Platform.runLater(() -> Screenshots.capture(window, dir, () -> done.set(true)));
        waitUntil(60, done::get);
    }

    private boolean currentRunDone() {
        RunRecord r = wb.store.current();
        return r != null && r.status() != RunRecord.Status.RUNNING && wb.queue.isEmpty();
    }

    private int epoch() {
        RunRecord r = wb.store.current();
        return r == null ? 0 : r.lastEpoch();
    }

    private static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}
