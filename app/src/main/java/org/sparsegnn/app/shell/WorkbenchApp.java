package org.sparsegnn.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.sparsegnn.app.dataset.DatasetEntry;
import org.sparsegnn.app.export.ExportableView;
import org.sparsegnn.app.pipeline.FxEventPump;
import org.sparsegnn.app.run.RunRecord;
import org.sparsegnn.app.session.ComputeThreads;
import org.sparsegnn.app.settings.SettingsViewModel;
import org.sparsegnn.app.task.ThreadPoolTaskExecutor;
import org.sparsegnn.engine.errors.ErrorMessages;

/** The JavaFX application: builds the workbench, applies the command line, optionally runs and screenshots. */
public final class WorkbenchApp extends Application {
    private Workbench workbench;
    private FxEventPump pump;
    /** Whether the sweep asked for with --sweep has been started (the screenshot waits for it to finish). */
    private boolean sweepStarted;

    @Override
    public void start(Stage stage) {
        AppOptions opts;
        try {
            opts = AppOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("sparsegnn-workbench: " + ErrorMessages.describe(e));
            Platform.exit();
            System.exit(2);
            return;
        }
        workbench = new Workbench(new ThreadPoolTaskExecutor(Platform::runLater));
        MainWindow window = build(workbench, stage);
        pump = new FxEventPump(workbench.queue, workbench.store::applyBatch);
        pump.start();
        apply(opts, workbench, window);
        if (opts.view() != null) window.tabs().getSelectionModel().select(AppOptions.VIEW_IDS.indexOf(opts.view()));
        // ND4J is normally up already: the Launcher loads it before JavaFX starts (see there why it must not load
        // while JavaFX threads run); started another way, it loads here, before the window is shown
        String backendName = null;
        Throwable backendFailure = null;
        try {
            ComputeThreads.limitNd4j();
            backendName = ComputeThreads.backendName();
        } catch (RuntimeException | LinkageError e) {
            backendFailure = e;
        }
        stage.show();
        workbench.session.backendLoaded(backendName, backendFailure);
        if (opts.run()) whenShownAndLoaded(stage, workbench, workbench.session::run);
        if (opts.sweepMethods() != null) {
            workbench.sweep.methodsProperty().set(opts.sweepMethods());
            workbench.sweep.sparsitiesProperty().set(opts.sweepSparsities());
            whenShownAndLoaded(stage, workbench, () -> {
                workbench.sweep.start();
                sweepStarted = true;
            });
        }
        if (opts.screenshot() != null) scheduleScreenshot(window, opts);
    }

    /** The window with every view; shared by the app and the UI tests. */
    public static MainWindow build(Workbench wb, Stage stage) {
        AppIcons.install(stage);
        MainWindow[] holder = new MainWindow[1];
        List<ExportableView> extra = ExtraViews.create(wb, dir -> holder[0].exportAll(dir));
        holder[0] = new MainWindow(wb, stage, extra);
        return holder[0];
    }

    static void apply(AppOptions o, Workbench wb) {
        apply(o, wb, null);
    }

    /** The command line applied to the workbench: preset first, then the options given explicitly. */
    static void apply(AppOptions o, Workbench wb, MainWindow window) {
        if ("tiny".equals(o.preset()) && window != null) {
            window.tinyPreset();
            if (o.screenshot() != null) wb.session.speedProperty().set(0); // scripted: as fast as possible
        }
        if (o.demo()) {
            // the talk demo (the engine's preset), slow enough to follow: 20 s at 10 epochs/s
            wb.settings.applyDemoPreset();
            if (o.screenshot() == null) wb.session.speedProperty().set(10);
        }
        if (o.task() != null) wb.settings.set(SettingsViewModel.TASK, o.task()); // first: a task loads its own defaults
        if (o.embeddingTopk() != null) wb.settings.set(SettingsViewModel.EMBEDDING_TOPK, o.embeddingTopk());
        if (o.model() != null) wb.settings.set(SettingsViewModel.MODEL, o.model());
        if (o.method() != null) wb.settings.set(SettingsViewModel.METHOD, o.method());
        if ("paper".equals(o.preset())) System.out.println(wb.settings.applyPaperPreset());
        if (o.sparsity() != null) wb.settings.set(SettingsViewModel.SPARSITY, o.sparsity());
        if (o.epochs() != null) wb.settings.set(SettingsViewModel.EPOCHS, o.epochs());
        if (o.theme() != null) wb.appearance.themeProperty().set(o.theme());
        wb.appearance.zoomProperty().set(Math.max(1.0, Math.min(2.0, o.zoomPercent() / 100.0)));
        if (o.presenter()) wb.appearance.presenterProperty().set(true);
        if (o.graph() != null) {
            openGraph(wb, o.graph());
            return;
        }
        if (o.dataset() == null) {
            // the sample graph, unless a preset already chose one
            if (wb.dataset.selectedProperty().get() == null && !wb.dataset.entries().isEmpty()) {
                wb.dataset.selectedProperty().set(wb.dataset.entries().get(0));
            }
            return;
        }
        for (DatasetEntry e : wb.dataset.entries()) {
            // built-in samples are labelled "Sample: <name> …" / "Tiny sample: <name> …": match the bare name too
            String label = e.label().toLowerCase(Locale.ROOT).replaceFirst("^(tiny )?sample: ", "");
            if (label.startsWith(o.dataset().toLowerCase(Locale.ROOT))) {
                wb.dataset.selectedProperty().set(e);
                return;
            }
        }
        Path p = Path.of(o.dataset());
        if (Files.exists(p)) {
            openGraph(wb, p);
        } else {
            wb.dataset.errorProperty().set("Unknown dataset '" + o.dataset() + "': not a built-in name and no such file.");
        }
    }

    /**
     * Opens a graph named on the command line. A file that cannot be read gives the same one-line error as the
     * CLI's {@code --graph}: in the window's banner, and printed for whoever started the app (a script, a terminal).
     */
    private static void openGraph(Workbench wb, Path file) {
        ChangeListener<String> echo = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends String> o, String before, String message) {
                if (message.isEmpty()) return;
                o.removeListener(this);
                System.err.println("sparsegnn-workbench: " + message);
            }
        };
        wb.dataset.errorProperty().addListener(echo);
        wb.dataset.graphProperty().addListener((o, before, loaded) -> wb.dataset.errorProperty().removeListener(echo));
        wb.dataset.openFile(file);
    }

    /**
     * Runs {@code action} once the graph is loaded and the window has been on screen for a moment: mapping a new
     * window keeps the toolkit busy for a few hundred milliseconds, and a scripted run started during that time
     * would begin with a stalled first frame that a person pressing Run never sees.
     */
    private static void whenShownAndLoaded(Stage stage, Workbench wb, Runnable action) {
        Runnable afterSettling = () -> {
            PauseTransition settle = new PauseTransition(Duration.millis(SETTLE_MS));
            settle.setOnFinished(e -> whenLoaded(wb, action));
            settle.play();
        };
        if (stage.isShowing()) afterSettling.run();
        else stage.setOnShown(e -> afterSettling.run());
    }

    private static final double SETTLE_MS = 1000;

    private static void whenLoaded(Workbench wb, Runnable action) {
        if (wb.dataset.graph() != null && wb.dataset.blockedProperty().get().isEmpty()) {
            action.run();
            return;
        }
        wb.dataset.blockedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends String> o, String a, String v) {
                if (v.isEmpty() && wb.dataset.graph() != null) {
                    o.removeListener(this);
                    action.run();
                }
            }
        });
    }

    private void scheduleScreenshot(MainWindow w, AppOptions o) {
        Runnable shoot = () -> Screenshots.capture(w, o.screenshot(), () -> {
            if (w.probe().samples() > 0) {
                double[] batch = pump.batchCpuPercentiles(50, 99, 100);
                System.out.println("UI pulse gaps while training: " + w.probe().summary() + "; the trainer waited for the UI "
                        + workbench.queue.backpressureWaits() + " times; FX-thread CPU per event batch: " + String.format(Locale.ROOT,
                        "median %.1f ms, p99 %.1f ms, max %.1f ms", batch[0], batch[1], batch[2]));
                if (o.pulseLog() != null) {
                    try {
                        w.probe().writeGaps(o.pulseLog());
                    } catch (IOException e) {
                        System.err.println("could not write the pulse log " + o.pulseLog() + ": " + ErrorMessages.describe(e));
                    }
                }
            }
            Platform.exit();
            System.exit(0);
        });
        Timeline poll = new Timeline();
        long started = System.currentTimeMillis();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(250), e -> {
            boolean timeUp = System.currentTimeMillis() - started > 600_000;
            if (timeUp || ready(o)) {
                poll.stop();
                if (o.run() && o.afterEpochs() > 0) workbench.session.pause();
                shoot.run();
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
    }

    private boolean ready(AppOptions o) {
        if (o.sweepMethods() != null) {
            boolean failed = !workbench.dataset.errorProperty().get().isEmpty();
            if (!failed && (!sweepStarted || workbench.sweep.runningProperty().get())) return false;
            if (!o.run()) return true;
        }
        if (!o.run()) {
            return workbench.dataset.graph() != null || !workbench.dataset.errorProperty().get().isEmpty();
        }
        if (!workbench.session.errorProperty().get().isEmpty() || !workbench.dataset.errorProperty().get().isEmpty()) return true;
        RunRecord r = workbench.store.current();
        if (r == null) return false;
        if (o.afterEpochs() > 0 && r.lastEpoch() >= o.afterEpochs()) return true;
        return r.status() != RunRecord.Status.RUNNING && workbench.queue.isEmpty();
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.session.stop();
            workbench.executor.shutdown();
        }
        if (pump != null) pump.stop();
    }
}
