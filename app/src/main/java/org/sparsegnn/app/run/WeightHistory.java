package org.sparsegnn.app.run;

import java.util.Map;
import java.util.TreeMap;
import org.sparsegnn.engine.events.WeightSnapshot;

/**
 * Weight values of one layer over the epochs, stored compactly (signed 8-bit, scaled by the snapshot's largest
 * |w|) so a long run's history fits in memory; the latest snapshot is also kept exactly. When the stored history
 * exceeds its byte budget every other snapshot is dropped (the heatmap then shows the nearest earlier one).
 */
public final class WeightHistory {
    private record Quantized(byte[] levels, float maxAbs) {
    }

    private final long budgetBytes;
    private final TreeMap<Integer, Quantized> byEpoch = new TreeMap<>();
    private float[] latest;
    private long bytes;

    public WeightHistory(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    public void add(WeightSnapshot s) {
        float[] v = s.values();
        latest = v;
        float max = 0;
        for (float x : v) max = Math.max(max, Math.abs(x));
        byte[] q = new byte[v.length];
        if (max > 0) for (int i = 0; i < v.length; i++) q[i] = (byte) Math.round(v[i] / max * 127f);
        Quantized old = byEpoch.put(s.epoch(), new Quantized(q, max));
        bytes += q.length - (old == null ? 0 : old.levels.length);
        while (bytes > budgetBytes && byEpoch.size() > 2) thin();
    }

    private void thin() {
        boolean drop = false;
        Integer last = byEpoch.lastKey();
        for (var it = byEpoch.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, Quantized> e = it.next();
            if (drop && !e.getKey().equals(last)) {
                bytes -= e.getValue().levels.length;
                it.remove();
            }
            drop = !drop;
        }
    }

    public boolean isEmpty() {
        return latest == null;
    }

    /**
     * Magnitude levels 0..255 (|w| relative to the snapshot's largest) of the snapshot at or before {@code epoch}
     * (or the earliest one), or null when there is none.
     */
    public int[] magnitudeLevels(int epoch) {
        Quantized q = pick(epoch);
        if (q == null) return null;
        int[] out = new int[q.levels.length];
        for (int i = 0; i < out.length; i++) out[i] = Math.min(255, Math.abs(q.levels[i]) * 2);
        return out;
    }

    /** Approximate weight at {@code epoch} (exact for the latest snapshot), NaN when none is recorded. */
    public double weight(int flatIndex, int epoch) {
        if (latest == null) return Double.NaN;
        if (epoch >= byEpoch.lastKey()) return latest[flatIndex];
        Quantized q = pick(epoch);
        return q.levels[flatIndex] / 127.0 * q.maxAbs;
    }

    private Quantized pick(int epoch) {
        if (byEpoch.isEmpty()) return null;
        Map.Entry<Integer, Quantized> e = byEpoch.floorEntry(epoch);
        return (e != null ? e : byEpoch.firstEntry()).getValue();
    }

    public float[] latest() {
        return latest == null ? null : latest.clone();
    }
}
