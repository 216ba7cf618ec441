package org.sparsegnn.engine.flops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sparsegnn.engine.events.FlopsEntry;
import org.sparsegnn.engine.events.FlopsKind;
import org.sparsegnn.engine.events.FlopsOp;

/**
 * Accumulated FLOPs per layer × phase × kind × stage (the app's FLOPs view stacks bars from {@link #entries()} or
 * the {@code by…} totals). Thread-safe: the trainer adds while a UI reads copies.
 */
public final class FlopsBreakdown {
    private record Key(String layer, String phase, FlopsKind kind, FlopsOp op) {
    }

    private final Map<Key, double[]> cells = new LinkedHashMap<>();

    public synchronized void add(String layer, String phase, FlopsKind kind, FlopsOp op, double flops) {
        if (flops == 0) return;
        cells.computeIfAbsent(new Key(layer, phase, kind, op), k -> new double[1])[0] += flops;
    }

    /** Every non-empty cell, in first-seen order. */
    public synchronized List<FlopsEntry> entries() {
        List<FlopsEntry> out = new ArrayList<>(cells.size());
        cells.forEach((k, v) -> out.add(new FlopsEntry(k.layer, k.phase, k.kind, k.op, v[0])));
        return out;
    }

    public synchronized double total() {
        double t = 0;
        for (double[] v : cells.values()) t += v[0];
        return t;
    }

    public Map<String, Double> byLayer() {
        return sumBy(FlopsEntry::layer);
    }

    public Map<String, Double> byPhase() {
        return sumBy(FlopsEntry::phase);
    }

    public Map<FlopsKind, Double> byKind() {
        return sumBy(FlopsEntry::kind);
    }

    public Map<FlopsOp, Double> byOp() {
        return sumBy(FlopsEntry::op);
    }

    /** Totals grouped by any key of an entry (e.g. layer + kind for a stacked bar per layer). */
    public <K> Map<K, Double> sumBy(Function<FlopsEntry, K> key) {
        Map<K, Double> out = new LinkedHashMap<>();
        for (FlopsEntry e : entries()) out.merge(Objects.requireNonNull(key.apply(e)), e.flops(), Double::sum);
        return out;
    }
}
