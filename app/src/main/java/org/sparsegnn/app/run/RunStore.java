package org.sparsegnn.app.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sparsegnn.engine.events.RunStarted;
import org.sparsegnn.engine.events.TrainingEvent;

/**
 * All runs of the session plus which ones are overlaid and which is the pinned baseline. Events arrive in
 * batches ({@link #applyBatch}); listeners hear about each batch once, after all its events were applied, so
 * they can update their charts with notifications paused and redraw once. Used on the UI thread only.
 */
public final class RunStore {
    /** What changed in one batch: the events (possibly none, for a selection change) and the runs they touched. */
    public record Batch(List<TrainingEvent> events, Set<String> touchedRuns, boolean structureChanged) {
    }

    @FunctionalInterface
    public interface Listener {
        void batchApplied(Batch batch);
    }

    private final Map<String, RunRecord> runs = new LinkedHashMap<>();
    private final Set<String> overlaid = new LinkedHashSet<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private String baseline;
    private String current;

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void applyBatch(List<TrainingEvent> events) {
        if (events.isEmpty()) return;
        Set<String> touched = new LinkedHashSet<>();
        boolean structure = false;
        for (TrainingEvent e : events) {
            if (e instanceof RunStarted s) {
                runs.put(s.runId(), new RunRecord(s));
                overlaid.add(s.runId());
                current = s.runId();
                structure = true;
            }
            RunRecord r = runs.get(e.runId());
            if (r == null) continue; // events of a run whose start was never seen
            if (!(e instanceof RunStarted)) r.apply(e);
            touched.add(e.runId());
        }
        fire(new Batch(List.copyOf(events), touched, structure));
    }

    /** Adds a finished run replayed from a saved experiment. */
    public void addReplayed(List<TrainingEvent> log) {
        applyBatch(log);
    }

    public void setOverlaid(String runId, boolean on) {
        boolean changed = on ? overlaid.add(runId) : overlaid.remove(runId);
        if (changed) fire(new Batch(List.of(), Set.of(runId), true));
    }

    public void setBaseline(String runId) {
        baseline = runId;
        if (runId != null) overlaid.add(runId);
        fire(new Batch(List.of(), runId == null ? Set.of() : Set.of(runId), true));
    }

    public void remove(String runId) {
        runs.remove(runId);
        overlaid.remove(runId);
        if (runId.equals(baseline)) baseline = null;
        if (runId.equals(current)) current = null;
        fire(new Batch(List.of(), Set.of(runId), true));
    }

    public void clear() {
        runs.clear();
        overlaid.clear();
        baseline = null;
        current = null;
        fire(new Batch(List.of(), Set.of(), true));
    }

    private void fire(Batch b) {
        for (Listener l : listeners) {
            try {
                l.batchApplied(b);
            } catch (RuntimeException e) {
                // one broken view must not starve the others (or the session) of events
                System.getLogger(RunStore.class.getName()).log(System.Logger.Level.WARNING,
                        "a view failed to apply a batch of events", e);
            }
        }
    }

    public Collection<RunRecord> all() {
        return List.copyOf(runs.values());
    }

    public RunRecord get(String runId) {
        return runs.get(runId);
    }

    /** Runs drawn in the comparison charts: the overlaid ones, baseline first. */
    public List<RunRecord> overlaid() {
        List<RunRecord> out = new ArrayList<>();
        if (baseline != null && runs.containsKey(baseline)) out.add(runs.get(baseline));
        for (String id : overlaid) if (!id.equals(baseline) && runs.containsKey(id)) out.add(runs.get(id));
        return out;
    }

    public boolean isOverlaid(String runId) {
        return overlaid.contains(runId);
    }

    public String baseline() {
        return baseline;
    }

    /** The most recently started run (the one the heatmap and narration follow), or null. */
    public RunRecord current() {
        return current == null ? null : runs.get(current);
    }

    public void setCurrent(String runId) {
        current = runId;
        fire(new Batch(List.of(), Set.of(runId), true));
    }
}
