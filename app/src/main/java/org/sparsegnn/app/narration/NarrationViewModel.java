package org.sparsegnn.app.narration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sparsegnn.app.run.RunRecord;
import org.sparsegnn.app.run.RunStore;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;

/** The narration panel's lines: one plain-words sentence per notable event of any run, newest last. */
public final class NarrationViewModel {
    static final int MAX_LINES = 2000;

    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final Map<String, Double> bestVal = new HashMap<>();
    /**
     * Run and layer whose last update changed no weight and was already said: late in a run (small drop
     * fractions, small layers) the same "no weight changed" line came at every update and buried the others.
     */
    private final Set<String> quiet = new HashSet<>();
    /** Per run: epochs where a layer switched kernels (and whether to sparse) whose effect is still to be said. */
    private final Map<String, List<int[]>> pendingSwitches = new HashMap<>();
    /** Epochs after a kernel switch that its effect is measured over. */
    static final int SWITCH_WINDOW = 3;

    public NarrationViewModel(RunStore store) {
        store.addListener(batch -> {
            if (batch.structureChanged() && store.all().isEmpty()) clear(); // Reset: every view starts afresh
            List<String> added = new ArrayList<>();
            // at most one epoch line per run and batch (the latest), so a fast run does not flood the panel
            Map<String, TrainingEvent> lastEpoch = new HashMap<>();
            for (TrainingEvent e : batch.events()) {
                if (e instanceof EpochCompleted) lastEpoch.put(e.runId(), e);
            }
            for (TrainingEvent e : batch.events()) {
                RunRecord run = store.get(e.runId());
                if (run == null) continue;
                double before = bestVal.getOrDefault(e.runId(), Double.NaN);
                if (e instanceof EpochCompleted c && !(c.valAccuracy() <= before)) {
                    bestVal.put(e.runId(), c.valAccuracy());
                }
                if (e instanceof EpochCompleted c) kernels(c, run, added);
                if (e instanceof RunFinished) switchEffects(run, Integer.MAX_VALUE, added);
                if (e instanceof EpochCompleted && lastEpoch.get(e.runId()) != e) continue;
                if (e instanceof MaskUpdated u) {
                    String key = u.runId() + "\u0000" + u.layer();
                    boolean nothing = u.dropped().length == 0 && u.grown().length == 0;
                    if (nothing && !quiet.add(key)) continue; // said once; the repeats add nothing
                    if (!nothing) quiet.remove(key);
                }
                String s = Narrator.describe(e, run, before);
                if (s != null) added.add(s);
            }
            if (added.isEmpty()) return;
            lines.addAll(added); // one list change per batch
            if (lines.size() > MAX_LINES) lines.remove(0, lines.size() - MAX_LINES);
        });
    }

    /** The layers' kernels at the first epoch, switches since the epoch before, and the effect of earlier switches. */
    private void kernels(EpochCompleted c, RunRecord run, List<String> added) {
        List<EpochCompleted> epochs = run.epochs();
        int i = epochs.size() - 1;
        while (i >= 0 && epochs.get(i) != c) i--;
        if (i < 0) return;
        String line;
        if (i == 0) {
            line = Narrator.kernelsAtStart(c, run);
        } else {
            line = Narrator.kernelSwitch(c, epochs.get(i - 1), run);
            if (line != null) {
                Map<String, String> was = epochs.get(i - 1).kernelByLayer();
                boolean toSparse = c.kernelByLayer().entrySet().stream()
                        .anyMatch(k -> "sparse".equals(k.getValue()) && !"sparse".equals(was.get(k.getKey())));
                pendingSwitches.computeIfAbsent(run.runId(), k -> new ArrayList<>()).add(new int[] {c.epoch(), toSparse ? 1 : 0});
            }
        }
        if (line != null) added.add(line);
        switchEffects(run, c.epoch(), added);
    }

    /** Says the effect of each pending switch of the run that has {@link #SWITCH_WINDOW} epochs after it by {@code epoch}. */
    private void switchEffects(RunRecord run, int epoch, List<String> added) {
        List<int[]> pending = pendingSwitches.get(run.runId());
        if (pending == null) return;
        for (Iterator<int[]> it = pending.iterator(); it.hasNext(); ) {
            int[] s = it.next();
            if (epoch < s[0] + SWITCH_WINDOW) continue;
            int upTo = Math.min(epoch, s[0] + SWITCH_WINDOW);
            String line = Narrator.switchEffect(s[0], s[1] == 1,
                    run.epochs().stream().filter(x -> x.epoch() <= upTo).toList(), SWITCH_WINDOW + 2);
            if (line != null) added.add(line);
            it.remove();
        }
    }

    public ObservableList<String> lines() {
        return lines;
    }

    public void clear() {
        lines.clear();
        bestVal.clear();
        quiet.clear();
        pendingSwitches.clear();
    }
}
