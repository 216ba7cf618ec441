package org.sparsegnn.app.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.FlopsReported;
import org.sparsegnn.engine.events.LayerInfo;
import org.sparsegnn.engine.events.MaskInitialized;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.PhaseChanged;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.RunStarted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.WeightSnapshot;
import org.sparsegnn.engine.record.MaskHistory;

/**
 * Everything the workbench knows about one run, built only from its event stream (live, or replayed from a saved
 * experiment). JavaFX-free; mutated on the FX thread by the event pump, read by the view-models.
 */
public final class RunRecord {
    public enum Status { RUNNING, FINISHED, CANCELLED, FAILED, DIVERGED, INTERRUPTED }

    /** One position of the run-wide mask timeline: {@code layer} reaches mask state {@code frame} ({@link MaskHistory}). */
    public record TimelineEntry(String layer, int frame, long step, int epoch) {
    }

    private static final long WEIGHT_BUDGET_PER_RUN = 64L << 20;

    private final RunStarted start;
    private final List<EpochCompleted> epochs = new ArrayList<>();
    private final List<PhaseChanged> phases = new ArrayList<>();
    private final MaskHistory masks = new MaskHistory();
    /** Layers that have (or may get) a mask, in model order: the prunable ones, and any that reports a mask. */
    private final Map<String, LayerInfo> maskLayers = new LinkedHashMap<>();
    private final Map<String, WeightHistory> weights = new LinkedHashMap<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<TrainingEvent> replayLog = new ArrayList<>();
    private RunFinished finished;
    private RunFailed failed;
    private FlopsReported flops;

    public RunRecord(RunStarted start) {
        this.start = start;
        replayLog.add(start);
        long prunable = start.layers().stream().filter(LayerInfo::prunable).count();
        for (LayerInfo l : start.layers()) {
            if (!l.prunable()) continue;
            maskLayers.put(l.name(), l);
            weights.put(l.name(), new WeightHistory(WEIGHT_BUDGET_PER_RUN / Math.max(1, prunable)));
        }
    }

    /** Applies one event of this run. */
    public void apply(TrainingEvent e) {
        if (!(e instanceof WeightSnapshot)) replayLog.add(e);
        if (e instanceof EpochCompleted c) {
            epochs.add(c);
        } else if (e instanceof PhaseChanged p) {
            phases.add(p);
        } else if (e instanceof MaskInitialized m) {
            weights.computeIfAbsent(m.layer(), n -> new WeightHistory(WEIGHT_BUDGET_PER_RUN / 4));
            maskLayers.putIfAbsent(m.layer(), new LayerInfo(m.layer(), m.rows(), m.cols(), true));
            masks.accept(m);
            timeline.add(new TimelineEntry(m.layer(), masks.updateCount(m.layer()), m.step(), m.epoch()));
        } else if (e instanceof MaskUpdated u) {
            if (!hasMask(u.layer())) return; // an update without a known initial mask
            masks.accept(u);
            timeline.add(new TimelineEntry(u.layer(), masks.updateCount(u.layer()), u.step(), u.epoch()));
        } else if (e instanceof WeightSnapshot w) {
            WeightHistory h = weights.get(w.layer());
            if (h != null) h.add(w);
        } else if (e instanceof FlopsReported f) {
            flops = f;
        } else if (e instanceof RunFinished f) {
            finished = f;
        } else if (e instanceof RunFailed f) {
            failed = f;
        }
    }

    /** Whether a mask was recorded for the layer (layers without one are dense). */
    public boolean hasMask(String layer) {
        return masks.layers().contains(layer);
    }

    /**
     * The drop-and-grow update that led to mask state {@code state} of the layer, or null for its first mask, a
     * wholesale replacement (e.g. SLR's hard pruning) or a layer without masks.
     */
    public MaskHistory.Delta updateInto(String layer, int state) {
        if (state <= 0 || !hasMask(layer)) return null;
        MaskHistory.Delta d = masks.delta(layer, state - 1);
        return d.round() < 0 ? null : d;
    }

    public String runId() { return start.runId(); }
    public RunStarted start() { return start; }
    public Map<String, String> settings() { return start.settings(); }
    public List<EpochCompleted> epochs() { return Collections.unmodifiableList(epochs); }
    public List<PhaseChanged> phases() { return Collections.unmodifiableList(phases); }
    /** Every recorded mask of the run (the engine's history); timeline frames are its per-layer states. */
    public MaskHistory masks() { return masks; }
    public Map<String, LayerInfo> maskLayers() { return Collections.unmodifiableMap(maskLayers); }
    public Map<String, WeightHistory> weights() { return Collections.unmodifiableMap(weights); }
    public List<TimelineEntry> timeline() { return Collections.unmodifiableList(timeline); }
    /** Every event except weight snapshots, in arrival order (what an experiment file stores). */
    public List<TrainingEvent> replayLog() { return Collections.unmodifiableList(replayLog); }
    public RunFinished finished() { return finished; }
    public RunFailed failed() { return failed; }
    /** The run's training FLOPs so far (the latest report), or null before the first epoch or in an older file. */
    public FlopsReported flops() { return flops; }

    public Status status() {
        if (failed != null) {
            return switch (failed.kind()) {
                case DIVERGED -> Status.DIVERGED;
                case INTERRUPTED -> Status.INTERRUPTED;
                case ERROR -> Status.FAILED;
            };
        }
        if (finished != null) return finished.cancelled() ? Status.CANCELLED : Status.FINISHED;
        return Status.RUNNING;
    }

    public int lastEpoch() {
        return epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).epoch();
    }

    public String setting(String key) {
        return start.settings().getOrDefault(key, "");
    }

    /** A short name for legends: "gcn rigl 90% s0". */
    public String label() {
        String method = setting("method");
        String sparsity = setting("sparsity");
        StringBuilder b = new StringBuilder();
        b.append(setting("model")).append(' ').append(method.isEmpty() ? "dense" : method);
        try {
            double s = Double.parseDouble(sparsity);
            if (s > 0) b.append(' ').append(Math.round(s * 100)).append('%');
        } catch (NumberFormatException ignored) {
            // settings without a numeric sparsity
        }
        if (!setting("seed").isEmpty()) b.append(" s").append(setting("seed"));
        return b.toString().trim();
    }

    /** Epoch with the best validation accuracy so far (0 when none). */
    public EpochCompleted bestEpoch() {
        EpochCompleted best = null;
        for (EpochCompleted e : epochs) if (best == null || e.valAccuracy() > best.valAccuracy()) best = e;
        return best;
    }
}
