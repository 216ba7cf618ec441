package org.sparsegnn.engine.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.events.MaskInitialized;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.TrainingEvent;

/**
 * Every mask a run had, stored compactly: per layer the mask at its first event plus one delta per later change
 * (a drop/grow update, or a wholesale replacement turned into its difference). The layer's <em>state</em> s is its
 * mask after s deltas (s = 0: the first mask; s = {@link #updateCount}: the latest). Any state can be rebuilt
 * exactly ({@link #maskAt}); snapshots every {@value #CHECKPOINT} deltas keep that fast while scrubbing.
 * <p>Fed by {@link #accept} on the trainer's thread and read from any other thread (all methods synchronize).
 * Flat indices are row-major ({@code row * cols + col}). No JavaFX: the app renders from these arrays.
 */
public final class MaskHistory {
    static final int CHECKPOINT = 32;

    /** One change of a layer's mask. {@code regrown} ⊆ dropped ∩ grown stays active (but was reset). */
    public record Delta(long step, int epoch, int round, String reason, int[] dropped, int[] grown, int[] regrown,
                        long nnz) {
    }

    private static final class Layer {
        final String name;
        final int rows;
        final int cols;
        final long initialStep;
        final int initialEpoch;
        final int[] initial;
        final List<Delta> deltas = new ArrayList<>();
        final List<BitSet> checkpoints = new ArrayList<>(); // checkpoints.get(i) = state i·CHECKPOINT
        final BitSet current;
        TimesActive timesCache;

        Layer(String name, int rows, int cols, long step, int epoch, int[] active) {
            this.name = name;
            this.rows = rows;
            this.cols = cols;
            this.initialStep = step;
            this.initialEpoch = epoch;
            this.initial = active.clone();
            this.current = new BitSet(rows * cols);
            for (int i : active) current.set(i);
            checkpoints.add((BitSet) current.clone());
        }

        void add(Delta d) {
            BitSet regrown = set(d.regrown());
            for (int i : d.dropped()) if (!regrown.get(i)) current.clear(i);
            for (int i : d.grown()) current.set(i);
            deltas.add(d);
            if (deltas.size() % CHECKPOINT == 0) checkpoints.add((BitSet) current.clone());
        }
    }

    private final Map<String, Layer> layers = new LinkedHashMap<>();

    /** Takes MaskInitialized / MaskUpdated events; ignores everything else. */
    public synchronized void accept(TrainingEvent event) {
        if (event instanceof MaskInitialized m) {
            Layer l = layers.get(m.layer());
            if (l == null) {
                layers.put(m.layer(), new Layer(m.layer(), m.rows(), m.cols(), m.step(), m.epoch(), m.active()));
            } else {
                BitSet next = set(m.active());
                BitSet dropped = (BitSet) l.current.clone();
                dropped.andNot(next);
                BitSet grown = (BitSet) next.clone();
                grown.andNot(l.current);
                l.add(new Delta(m.step(), m.epoch(), -1, "replace", dropped.stream().toArray(), grown.stream().toArray(),
                        new int[0], m.active().length));
            }
        } else if (event instanceof MaskUpdated u) {
            Layer l = layers.get(u.layer());
            if (l == null) throw new IllegalStateException("MaskUpdated for " + u.layer() + " before its MaskInitialized");
            l.add(new Delta(u.step(), u.epoch(), u.updateIndex(), u.reason(), u.dropped(), u.grown(), u.regrown(), u.nnz()));
        }
    }

    public synchronized List<String> layers() {
        return List.copyOf(layers.keySet());
    }

    public synchronized int rows(String layer) {
        return layer(layer).rows;
    }

    public synchronized int cols(String layer) {
        return layer(layer).cols;
    }

    /** Number of deltas recorded for the layer; states run from 0 to this value. */
    public synchronized int updateCount(String layer) {
        return layer(layer).deltas.size();
    }

    /** The delta that leads from state {@code index} to state {@code index + 1}. */
    public synchronized Delta delta(String layer, int index) {
        return layer(layer).deltas.get(index);
    }

    /** Active flat indices of the layer's first mask. */
    public synchronized int[] initialActive(String layer) {
        return layer(layer).initial.clone();
    }

    public synchronized long initialStep(String layer) {
        return layer(layer).initialStep;
    }

    public synchronized int initialEpoch(String layer) {
        return layer(layer).initialEpoch;
    }

    /** The mask after {@code state} deltas, rebuilt exactly. */
    public synchronized BitSet maskAt(String layer, int state) {
        Layer l = layer(layer);
        checkState(l, state);
        int cp = state / CHECKPOINT;
        BitSet b = (BitSet) l.checkpoints.get(cp).clone();
        for (int i = cp * CHECKPOINT; i < state; i++) apply(b, l.deltas.get(i));
        return b;
    }

    /** Fills {@code out} (length rows·cols) with 1 for active weights at {@code state}, else 0 (for rendering). */
    public synchronized void fillMask(String layer, int state, byte[] out) {
        BitSet b = maskAt(layer, state);
        Arrays.fill(out, (byte) 0);
        for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) out[i] = 1;
    }

    /**
     * For every weight, in how many of the states 0..{@code state} it was active. The last answer is cached, so
     * playing forward costs only the new deltas.
     */
    public synchronized int[] timesActive(String layer, int state) {
        Layer l = layer(layer);
        checkState(l, state);
        TimesActive t = l.timesCache;
        if (t == null || t.state > state) {
            t = new TimesActive(l.rows * l.cols);
            for (int i : l.initial) t.since[i] = 0;
        }
        for (int j = t.state; j < state; j++) {
            Delta d = l.deltas.get(j);
            BitSet regrown = set(d.regrown());
            for (int i : d.dropped()) {
                if (!regrown.get(i) && t.since[i] >= 0) {
                    t.closed[i] += j + 1 - t.since[i];
                    t.since[i] = -1;
                }
            }
            for (int i : d.grown()) if (t.since[i] < 0) t.since[i] = j + 1;
        }
        t.state = state;
        l.timesCache = t;
        int[] count = t.closed.clone();
        for (int i = 0; i < count.length; i++) if (t.since[i] >= 0) count[i] += state + 1 - t.since[i];
        return count;
    }

    /** Running state of {@link #timesActive}: finished active spells and the start of the open one (−1: none). */
    private static final class TimesActive {
        final int[] since;
        final int[] closed;
        int state;

        TimesActive(int n) {
            since = new int[n];
            closed = new int[n];
            Arrays.fill(since, -1);
        }
    }

    /** Weights active in at least one of the states 0..{@code state}. */
    public synchronized BitSet everActive(String layer, int state) {
        Layer l = layer(layer);
        checkState(l, state);
        BitSet b = set(l.initial);
        for (int j = 0; j < state; j++) for (int i : l.deltas.get(j).grown()) b.set(i);
        return b;
    }

    /** Dropped (and not regrown) at the update into {@code state} (state ≥ 1). */
    public synchronized int[] justDropped(String layer, int state) {
        Delta d = layer(layer).deltas.get(state - 1);
        return minus(d.dropped(), d.regrown());
    }

    /** Newly grown (not regrown) at the update into {@code state}. */
    public synchronized int[] justGrown(String layer, int state) {
        Delta d = layer(layer).deltas.get(state - 1);
        return minus(d.grown(), d.regrown());
    }

    /** Dropped and grown back in the update into {@code state}. */
    public synchronized int[] regrown(String layer, int state) {
        return layer(layer).deltas.get(state - 1).regrown().clone();
    }

    /** ITOP's exploration rate over all recorded layers: fraction of weights active at some point. */
    public synchronized double explorationRate() {
        long ever = 0;
        long total = 0;
        for (Layer l : layers.values()) {
            ever += everActive(l.name, l.deltas.size()).cardinality();
            total += (long) l.rows * l.cols;
        }
        return total == 0 ? 0 : (double) ever / total;
    }

    public synchronized boolean isEmpty() {
        return layers.isEmpty();
    }

    private Layer layer(String name) {
        Layer l = layers.get(name);
        if (l == null) throw new IllegalArgumentException("no mask history for layer '" + name + "'; known: " + layers.keySet());
        return l;
    }

    private static void checkState(Layer l, int state) {
        if (state < 0 || state > l.deltas.size()) {
            throw new IndexOutOfBoundsException("state " + state + " of " + l.name + " (0.." + l.deltas.size() + ")");
        }
    }

    private static void apply(BitSet b, Delta d) {
        BitSet regrown = set(d.regrown());
        for (int i : d.dropped()) if (!regrown.get(i)) b.clear(i);
        for (int i : d.grown()) b.set(i);
    }

    private static BitSet set(int[] idx) {
        BitSet b = new BitSet();
        for (int i : idx) b.set(i);
        return b;
    }

    private static int[] minus(int[] a, int[] b) {
        BitSet drop = set(b);
        return Arrays.stream(a).filter(i -> !drop.get(i)).toArray();
    }
}
