package org.sparsegnn.app.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.sparsegnn.engine.events.MaskInitialized;
import org.sparsegnn.engine.events.MaskUpdated;

/**
 * Every mask state one layer went through: full masks (MaskInitialized) and drop/grow deltas (MaskUpdated), with
 * a full copy kept every {@value #CHECKPOINT_EVERY} frames so any frame is rebuilt from at most that many deltas.
 * Scrubbing the heatmap timeline reads only this, never the trainer.
 */
public final class LayerMaskHistory {
    static final int CHECKPOINT_EVERY = 16;

    /** One recorded mask change; exactly one of {@code init} / {@code update} is non-null. */
    public record Frame(long step, int epoch, MaskInitialized init, MaskUpdated update) {
        public boolean isUpdate() {
            return update != null;
        }
    }

    private final String name;
    private final int rows, cols;
    private final List<Frame> frames = new ArrayList<>();
    private final List<BitSet> checkpoints = new ArrayList<>();
    private final BitSet current;
    private final BitSet everActive;

    public LayerMaskHistory(String name, int rows, int cols) {
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.current = new BitSet(rows * cols);
        this.everActive = new BitSet(rows * cols);
    }

    public String name() { return name; }
    public int rows() { return rows; }
    public int cols() { return cols; }
    public int size() { return rows * cols; }
    public int frameCount() { return frames.size(); }
    public Frame frame(int i) { return frames.get(i); }

    public void add(MaskInitialized e) {
        current.clear();
        for (int i : e.active()) current.set(i);
        everActive.or(current);
        append(new Frame(e.step(), e.epoch(), e, null));
    }

    public void add(MaskUpdated e) {
        applyDelta(current, e);
        for (int i : e.grown()) everActive.set(i);
        append(new Frame(e.step(), e.epoch(), null, e));
    }

    private void append(Frame f) {
        frames.add(f);
        if ((frames.size() - 1) % CHECKPOINT_EVERY == 0) checkpoints.add((BitSet) current.clone());
    }

    private static void applyDelta(BitSet mask, MaskUpdated e) {
        for (int i : e.dropped()) mask.clear(i);
        for (int i : e.grown()) mask.set(i);
    }

    /** Live mask after the last frame (a copy). */
    public BitSet current() {
        return (BitSet) current.clone();
    }

    /** Mask after frame {@code f} (0-based); an empty mask before any frame. */
    public BitSet stateAt(int f) {
        if (f < 0 || frames.isEmpty()) return new BitSet(size());
        f = Math.min(f, frames.size() - 1);
        int cp = f / CHECKPOINT_EVERY;
        BitSet s = (BitSet) checkpoints.get(cp).clone();
        for (int i = cp * CHECKPOINT_EVERY + 1; i <= f; i++) {
            Frame fr = frames.get(i);
            if (fr.isUpdate()) {
                applyDelta(s, fr.update());
            } else {
                s.clear();
                for (int a : fr.init().active()) s.set(a);
            }
        }
        return s;
    }

    /** In how many of the frames 0..f the weight was active (after that frame's change). */
    public int timesActive(int flatIndex, int f) {
        int count = 0;
        boolean on = false;
        for (int i = 0; i <= Math.min(f, frames.size() - 1); i++) {
            Frame fr = frames.get(i);
            if (fr.isUpdate()) {
                MaskUpdated u = fr.update();
                if (Arrays.binarySearch(u.dropped(), flatIndex) >= 0) on = false;
                if (Arrays.binarySearch(u.grown(), flatIndex) >= 0) on = true;
            } else {
                on = Arrays.binarySearch(fr.init().active(), flatIndex) >= 0;
            }
            if (on) count++;
        }
        return count;
    }

    /**
     * Exploration rate up to frame f: the fraction of all weights that were active at some point (the in-time
     * over-parameterisation measure of ITOP).
     */
    public double explorationRate(int f) {
        if (frames.isEmpty() || f < 0) return 0;
        if (f >= frames.size() - 1) return (double) everActive.cardinality() / size();
        BitSet ever = new BitSet(size());
        for (int i = 0; i <= f; i++) {
            Frame fr = frames.get(i);
            if (fr.isUpdate()) {
                for (int a : fr.update().grown()) ever.set(a);
            } else {
                for (int a : fr.init().active()) ever.set(a);
            }
        }
        return (double) ever.cardinality() / size();
    }

    public double sparsityAt(int f) {
        return 1.0 - (double) stateAt(f).cardinality() / size();
    }
}
