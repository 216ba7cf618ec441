package org.sparsegnn.app.narration;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sparsegnn.app.run.RunRecord;
import org.sparsegnn.app.run.RunStore;
import org.sparsegnn.engine.events.TrainingEvent;

/** The narration panel's lines: one plain-words sentence per notable event of any run, newest last. */
public final class NarrationViewModel {
    static final int MAX_LINES = 2000;

    private final ObservableList<String> lines = FXCollections.observableArrayList();

    public NarrationViewModel(RunStore store) {
        store.addListener(batch -> {
            java.util.List<String> added = new java.util.ArrayList<>();
            for (TrainingEvent e : batch.events()) {
                RunRecord run = store.get(e.runId());
                if (run == null) continue;
                String s = Narrator.describe(e, run);
                if (s != null) added.add(s);
            }
            if (added.isEmpty()) return;
            lines.addAll(added); // one list change per batch
            if (lines.size() > MAX_LINES) lines.remove(0, lines.size() - MAX_LINES);
        });
    }

    public ObservableList<String> lines() {
        return lines;
    }

    public void clear() {
        lines.clear();
    }
}
