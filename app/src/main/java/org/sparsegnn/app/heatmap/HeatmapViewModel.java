package org.sparsegnn.app.heatmap;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sparsegnn.app.run.RunRecord;
import org.sparsegnn.app.run.RunStore;
import org.sparsegnn.app.run.WeightHistory;
import org.sparsegnn.app.theme.MaskPalette;
import org.sparsegnn.engine.events.LayerInfo;
import org.sparsegnn.engine.record.MaskHistory;

/**
 * The mask heatmap of the followed run at one position of its mask timeline (every MaskInitialized / MaskUpdated
 * of every layer, in order). While {@link #followLatestProperty()} is on the position tracks the newest update;
 * moving the slider or playing back turns it off. Reads only the recorded history, never the trainer.
 */
public final class HeatmapViewModel {
    private final RunStore store;
    private MaskPalette palette = MaskPalette.standard();
    private HeatmapRenderer renderer = new HeatmapRenderer(palette);
    private final IntegerProperty position = new SimpleIntegerProperty(-1);
    private final IntegerProperty frameCount = new SimpleIntegerProperty(0);
    private final BooleanProperty followLatest = new SimpleBooleanProperty(true);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final StringProperty positionText = new SimpleStringProperty("No masks yet: run a sparse method.");
    private final LongProperty revision = new SimpleLongProperty();
    private final Map<String, LayerFrame> frames = new LinkedHashMap<>();
    private RunRecord run;
    private boolean updating;
    private boolean dirty = true;

    public HeatmapViewModel(RunStore store) {
        this.store = store;
        store.addListener(b -> onStoreChanged());
        position.addListener((o, a, v) -> {
            if (!updating) {
                followLatest.set(v.intValue() >= frameCount.get() - 1);
                recompute();
            }
        });
        followLatest.addListener((o, a, v) -> {
            if (v) setPositionQuietly(frameCount.get() - 1);
        });
    }

    private void onStoreChanged() {
        RunRecord cur = store.current();
        if (cur != run) {
            run = cur;
            followLatest.set(true);
        }
        frameCount.set(run == null ? 0 : run.timeline().size());
        if (followLatest.get()) setPositionQuietly(frameCount.get() - 1);
        else recompute();
    }

    private void setPositionQuietly(int p) {
        updating = true;
        position.set(p);
        updating = false;
        recompute();
    }

    /** One step of playback; stops at the end. */
    public void advance() {
        if (position.get() >= frameCount.get() - 1) {
            playing.set(false);
            return;
        }
        position.set(position.get() + 1);
    }

    public void togglePlay() {
        if (!playing.get() && position.get() >= frameCount.get() - 1) position.set(0);
        playing.set(!playing.get());
    }

    /** Marks the frames out of date; they are rebuilt when someone looks (a hidden heatmap costs nothing). */
    private void recompute() {
        dirty = true;
        bump();
    }

    private void rebuild() {
        dirty = false;
        frames.clear();
        if (run == null) {
            positionText.set("No run yet: press Run to start training.");
            return;
        }
        List<RunRecord.TimelineEntry> tl = run.timeline();
        int g = Math.min(position.get(), tl.size() - 1);
        Map<String, Integer> frameOf = new LinkedHashMap<>();
        for (int i = 0; i <= g; i++) frameOf.put(tl.get(i).layer(), tl.get(i).frame());
        long step = g >= 0 ? tl.get(g).step() : -1;
        int epoch = g >= 0 ? tl.get(g).epoch() : run.lastEpoch();
        for (LayerInfo info : run.maskLayers().values()) {
            frames.put(info.name(), frameFor(info, frameOf.getOrDefault(info.name(), -1), step, epoch));
        }
        if (tl.isEmpty()) {
            positionText.set(run.maskLayers().isEmpty() ? "This run has no prunable layers."
                    : "Dense run: every weight stays active (no mask updates to show).");
        } else {
            RunRecord.TimelineEntry e = tl.get(Math.max(g, 0));
            positionText.set(String.format(Locale.ROOT, "Mask change %d of %d · epoch %d · step %d%s", g + 1,
                    tl.size(), e.epoch(), e.step(), followLatest.get() ? " (live)" : ""));
        }
    }

    /** The layer at mask state {@code f} (−1: before its first mask), highlighting the update made at {@code step}. */
    private LayerFrame frameFor(LayerInfo layer, int f, long step, int epoch) {
        String name = layer.name();
        int rows = layer.rows(), cols = layer.cols(), size = rows * cols;
        boolean recorded = run.hasMask(name);
        BitSet mask = maskAt(name, size, f);
        MaskHistory.Delta d = run.updateInto(name, f);
        MaskHistory.Delta hl = d != null && d.step() == step ? d : null;
        WeightHistory w = run.weights().get(name);
        int[] levels = w == null ? null : w.magnitudeLevels(epoch);
        int[] px = new int[size];
        renderer.render(rows, cols, mask, hl, levels, px);
        double sparsity = 1.0 - (double) mask.cardinality() / size;
        double explore = !recorded ? 1.0 : f < 0 ? 0.0 : (double) run.masks().everActive(name, f).cardinality() / size;
        String caption = hl == null ? "" : String.format(Locale.ROOT, "update %d (%s): dropped %,d, grew %,d, %,d regrown",
                hl.round() + 1, hl.reason(), hl.dropped().length, hl.grown().length, hl.regrown().length);
        return new LayerFrame(name, rows, cols, px, HeatmapRenderer.rowDensity(rows, cols, mask),
                HeatmapRenderer.colDensity(rows, cols, mask), sparsity, explore,
                hl == null ? 0 : hl.dropped().length, hl == null ? 0 : hl.grown().length,
                hl == null ? 0 : hl.regrown().length, caption);
    }

    /** Mask state {@code f} of a layer: all active when no mask was recorded (dense), none before its first mask. */
    private BitSet maskAt(String layer, int size, int f) {
        if (!run.hasMask(layer)) {
            BitSet all = new BitSet(size);
            all.set(0, size);
            return all;
        }
        return f < 0 ? new BitSet(size) : run.masks().maskAt(layer, f);
    }

    /** Tooltip text for a cell: row, column, weight, state, times active. */
    public String describeCell(String layer, int row, int col) {
        if (run == null) return "";
        LayerInfo info = run.maskLayers().get(layer);
        if (info == null || row < 0 || col < 0 || row >= info.rows() || col >= info.cols()) return "";
        int flat = row * info.cols() + col;
        List<RunRecord.TimelineEntry> tl = run.timeline();
        int g = Math.min(position.get(), tl.size() - 1);
        int f = -1;
        for (int i = 0; i <= g; i++) if (tl.get(i).layer().equals(layer)) f = tl.get(i).frame();
        boolean active = maskAt(layer, info.rows() * info.cols(), f).get(flat);
        int epoch = g >= 0 ? tl.get(g).epoch() : run.lastEpoch();
        WeightHistory w = run.weights().get(layer);
        double value = w == null ? Double.NaN : w.weight(flat, epoch);
        String weight = Double.isNaN(value) ? "not recorded" : String.format(Locale.ROOT, "%.4f", value);
        int times = !run.hasMask(layer) || f < 0 ? 0 : run.masks().timesActive(layer, f)[flat];
        return String.format(Locale.ROOT, "%s\nrow %d (input feature), column %d (output unit)\nweight %s, %s\n"
                        + "active in %d of %d mask states so far", layer, row, col, weight,
                active ? "active" : "inactive", times, Math.max(f + 1, 0));
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }

    public List<LayerFrame> frames() {
        if (dirty) rebuild();
        return new ArrayList<>(frames.values());
    }
    public IntegerProperty positionProperty() { return position; }
    public IntegerProperty frameCountProperty() { return frameCount; }
    public BooleanProperty followLatestProperty() { return followLatest; }
    public BooleanProperty playingProperty() { return playing; }
    public StringProperty positionTextProperty() {
        if (dirty) rebuild();
        return positionText;
    }
    public LongProperty revisionProperty() { return revision; }
    public RunRecord run() { return run; }
    public MaskPalette palette() { return palette; }

    /** Colours for the window's theme; the frames are drawn again with them. */
    public void setPalette(MaskPalette p) {
        if (p == palette) return;
        palette = p;
        renderer = new HeatmapRenderer(p);
        dirty = true;
        bump();
    }

    /** CSV of the shown masks: layer, row, column, state (active / inactive / dropped / grown / regrown). */
    public List<String[]> csvRows() {
        MaskPalette p = palette;
        Map<Integer, String> names = new HashMap<>();
        for (MaskPalette.CellState st : MaskPalette.CellState.values()) {
            if (st != MaskPalette.CellState.ACTIVE) names.put(p.color(st), st.name().toLowerCase(Locale.ROOT));
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"layer", "row", "col", "state"});
        for (LayerFrame fr : frames()) {
            for (int r = 0; r < fr.rows(); r++) {
                for (int c = 0; c < fr.cols(); c++) {
                    String state = names.getOrDefault(fr.pixels()[c * fr.rows() + r], "active");
                    rows.add(new String[] {fr.layer(), String.valueOf(r), String.valueOf(c), state});
                }
            }
        }
        return rows;
    }
}
