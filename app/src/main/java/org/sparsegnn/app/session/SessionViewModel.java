package org.sparsegnn.app.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.sparsegnn.app.pipeline.EventQueue;
import org.sparsegnn.app.run.RunRecord;
import org.sparsegnn.app.run.RunStore;
import org.sparsegnn.app.task.BackgroundTask;
import org.sparsegnn.app.task.TaskExecutor;
import org.sparsegnn.engine.embed.EmbeddingProgress;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.RunStarted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.train.TrainingConfig;
import org.sparsegnn.engine.train.TrainingSession;

/**
 * Run / Pause / Step / Stop / Reset, the speed limit, progress with ETA and the backend. Talks to the engine
 * through {@link TrainingService}; learns what happens only from the event stream (via the run store).
 */
public final class SessionViewModel {
    public enum State { IDLE, STARTING, RUNNING, PAUSED, FINISHED }

    private final RunStore store;
    private final EventQueue queue;
    private final TaskExecutor executor;
    private final TrainingService service;
    private final Supplier<Graph> graph;
    private final Supplier<TrainingConfig> config;
    private final Pacer pacer = new Pacer();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.IDLE);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("Ready: press Run (Ctrl+Enter or Space).");
    private final StringProperty backend = new SimpleStringProperty("backend: loading…");
    private final StringProperty error = new SimpleStringProperty("");
    /** Epochs per second; 0 = as fast as possible. */
    private final DoubleProperty speed = new SimpleDoubleProperty(0);
    private final StringProperty runBlockedReason = new SimpleStringProperty("");
    private final Deque<TrainingConfig> queued = new ArrayDeque<>();
    private boolean pinNextAsBaseline;
    private TrainingSession session;
    private String runId;
    private long startNanos;

    public SessionViewModel(RunStore store, EventQueue queue, TaskExecutor executor, TrainingService service,
                            Supplier<Graph> graph, Supplier<TrainingConfig> config,
                            ObservableStringValue settingsProblem, ObservableStringValue graphProblem) {
        this.store = store;
        this.queue = queue;
        this.executor = executor;
        this.service = service;
        this.graph = graph;
        this.config = config;
        runBlockedReason.bind(Bindings.createStringBinding(() -> {
            if (!graphProblem.get().isEmpty()) return graphProblem.get();
            return settingsProblem.get();
        }, settingsProblem, graphProblem));
        store.addListener(b -> {
            for (TrainingEvent e : b.events()) if (e.runId().equals(runId)) onEvent(e);
        });
        speed.addListener((o, a, v) -> {
            if (state.get() == State.RUNNING && session != null) pacer.drive(session, v.doubleValue());
        });
    }

    /** Run is possible: nothing running and settings and graph are valid. */
    public BooleanBinding canRunBinding() {
        return Bindings.createBooleanBinding(() -> runBlockedReason.get().isEmpty()
                && (state.get() == State.IDLE || state.get() == State.FINISHED), runBlockedReason, state);
    }

    /** Starts a new run (or resumes a paused one). */
    public void run() {
        if (state.get() == State.PAUSED) {
            resume();
            return;
        }
        start(Start.RUN);
    }

    /**
     * Runs the given configurations one after another on the current graph and pins the first as the baseline
     * (e.g. the paper's Fig. 7: SLR vs RigL on the same data, one click).
     */
    public void runComparison(List<TrainingConfig> configs) {
        if (configs.isEmpty() || !canRunBinding().get()) return;
        queued.clear();
        queued.addAll(configs.subList(1, configs.size()));
        pinNextAsBaseline = true;
        start(configs.get(0), Start.RUN);
    }

    /** How a new run begins: running, or paused after one epoch, or paused after its first mask update. */
    private enum Start { RUN, STEP_EPOCH, STEP_UPDATE }

    private void start(Start how) {
        start(config.get(), how);
    }

    private void start(TrainingConfig cfg, Start how) {
        if (!runBlockedReason.get().isEmpty() || state.get() == State.STARTING || state.get() == State.RUNNING) return;
        Graph g = graph.get();
        error.set("");
        state.set(State.STARTING);
        progress.set(-1);
        progressText.set("Preparing " + g.name() + " and building the model…");
        executor.execute(BackgroundTask.wrap(p -> service.start(g, cfg, queue, true, embeddingProgress(g.name(), p)))
                .onProgress(p -> {
                    if (state.get() != State.STARTING) return;
                    progress.set(p.fraction());
                    progressText.set(p.message());
                })
                .onSuccess(s -> {
                    session = s;
                    runId = s.runId();
                    startNanos = System.nanoTime();
                    if (how != Start.RUN) {
                        state.set(State.PAUSED);
                        if (how == Start.STEP_UPDATE) s.stepToMaskUpdate();
                        else s.stepEpoch();
                    } else {
                        state.set(State.RUNNING);
                        pacer.drive(s, speed.get());
                    }
                })
                .onFailure(ex -> fail("Could not start the run: " + oneLine(ex))));
    }

    /**
     * Forwards walk / skip-gram progress to the progress bar, at most once per percent per stage (the engine
     * reports from several worker threads).
     */
    static EmbeddingProgress embeddingProgress(String graphName, BackgroundTask.ProgressReporter to) {
        int[] last = {-1};
        String[] lastStage = {""};
        return (stage, fraction) -> {
            int percent = (int) Math.floor(100 * fraction);
            synchronized (last) {
                if (stage.equals(lastStage[0]) && percent <= last[0]) return;
                lastStage[0] = stage;
                last[0] = percent;
            }
            String what = switch (stage) {
                case "walks" -> "random walks";
                case "skip-gram" -> "skip-gram training";
                case "cache" -> "loading cached embedding";
                default -> stage;
            };
            to.report(fraction, String.format(Locale.ROOT, "Embedding %s: %s %d %%…", graphName, what, percent));
        };
    }

    public void pause() {
        if (state.get() != State.RUNNING || session == null) return;
        pacer.stop();
        session.pause();
        state.set(State.PAUSED);
        progressText.set(progressText.get().replace(" · paused", "") + " · paused");
    }

    public void resume() {
        if (state.get() != State.PAUSED || session == null) return;
        state.set(State.RUNNING);
        pacer.drive(session, speed.get());
    }

    /** Space: run when idle, pause when running, resume when paused. */
    public void toggleRunPause() {
        switch (state.get()) {
            case RUNNING -> pause();
            case PAUSED -> resume();
            case IDLE, FINISHED -> run();
            default -> { }
        }
    }

    /** One epoch, then pause (starts a paused run when idle). */
    public void stepEpoch() {
        if (state.get() == State.IDLE || state.get() == State.FINISHED) {
            start(Start.STEP_EPOCH);
            return;
        }
        if (state.get() == State.RUNNING) pause();
        if (session != null && state.get() == State.PAUSED) session.stepEpoch();
    }

    /** Until the next drop-and-grow update, then pause (starts a paused run when idle, e.g. on the tiny graph). */
    public void stepToMaskUpdate() {
        if (state.get() == State.IDLE || state.get() == State.FINISHED) {
            start(Start.STEP_UPDATE);
            return;
        }
        if (state.get() == State.RUNNING) pause();
        if (session != null && state.get() == State.PAUSED) session.stepToMaskUpdate();
    }

    public void stop() {
        queued.clear();
        pacer.stop();
        if (session != null && !session.isDone()) session.cancel();
    }

    /** Stops any run and clears every view. */
    public void reset() {
        stop();
        session = null;
        runId = null;
        service.forgetAll();
        store.clear();
        state.set(State.IDLE);
        progress.set(0);
        error.set("");
        progressText.set("Ready: press Run.");
    }

    private void onEvent(TrainingEvent e) {
        if (e instanceof RunStarted s) {
            backend.set("backend: " + s.backend());
            if (pinNextAsBaseline) {
                pinNextAsBaseline = false;
                store.setBaseline(s.runId());
            }
        } else if (e instanceof EpochCompleted c) {
            RunRecord r = store.get(runId);
            int total = r == null ? c.epoch() : r.start().totalEpochs();
            progress.set((double) c.epoch() / total);
            double elapsed = (System.nanoTime() - startNanos) / 1e9;
            double eta = elapsed / c.epoch() * (total - c.epoch());
            progressText.set(String.format(Locale.ROOT, "Epoch %d / %d · %s · val acc %.1f %% · ETA %s%s", c.epoch(),
                    total, c.phase(), 100 * c.valAccuracy(), clock(eta),
                    state.get() == State.PAUSED ? " · paused" : ""));
        } else if (e instanceof RunFinished f) {
            pacer.stop();
            session = null; // the run is over: nothing to pause or step, and its trainer may be collected
            state.set(State.FINISHED);
            progress.set(1);
            Double test = f.metrics().get("test_accuracy");
            Double auc = f.metrics().get("test_auc"), ap = f.metrics().get("test_ap");
            progressText.set(String.format(Locale.ROOT, "%s in %.1f s · best epoch %d · test accuracy %s%s",
                    f.cancelled() ? "Stopped" : "Finished", f.wallSeconds(), f.bestEpoch(),
                    test == null ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * test),
                    auc == null || ap == null ? "" : String.format(Locale.ROOT, " · ROC-AUC %.3f · AP %.3f", auc, ap)));
            if (!f.cancelled() && !queued.isEmpty()) start(queued.poll(), Start.RUN);
            else queued.clear();
        } else if (e instanceof RunFailed f && f.diverged()) {
            fail(Character.toUpperCase(f.message().charAt(0)) + f.message().substring(1) + ".", "Run diverged");
        } else if (e instanceof RunFailed f) {
            fail("Training failed at epoch " + f.epoch() + ": " + f.message());
        }
    }

    /**
     * The compute backend finished loading at start-up ({@code name} e.g. "CPU" or "CUDA"), or could not load; a
     * run's own report (RunStarted) takes over later.
     */
    public void backendLoaded(String name, Throwable failure) {
        if (runId != null) return;
        backend.set(failure == null ? "backend: " + name : "backend: could not load ND4J (" + oneLine(failure) + ")");
    }

    private void fail(String message) {
        fail(message, "Run failed");
    }

    private void fail(String message, String outcome) {
        pacer.stop();
        session = null;
        queued.clear();
        state.set(State.FINISHED);
        progress.set(0);
        error.set(message);
        progressText.set(outcome + "; see the message above.");
    }

    static String oneLine(Throwable t) {
        return ErrorMessages.describe(t);
    }

    private static String clock(double seconds) {
        if (!Double.isFinite(seconds)) return "–";
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    public ObjectProperty<State> stateProperty() { return state; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty progressTextProperty() { return progressText; }
    public StringProperty backendProperty() { return backend; }
    public StringProperty errorProperty() { return error; }
    public DoubleProperty speedProperty() { return speed; }
    public StringProperty runBlockedReasonProperty() { return runBlockedReason; }
    public String currentRunId() { return runId; }
}
