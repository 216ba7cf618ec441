package org.sparsegnn.engine.graph;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Collects edges (optionally weighted) in growable primitive arrays and turns them into a {@link CsrMatrix}
 * adjacency with sorted, de-duplicated rows. Used by every loader and generator so that "make undirected graphs
 * symmetric, dedupe entries" means the same thing everywhere:
 * <ul>
 *   <li>{@code symmetric = true}: every edge (u,v) is stored as both (u,v) and (v,u); a self-loop once.</li>
 *   <li>Repeated entries collapse into one whose weight is the maximum of the repeats (symmetric, so
 *       (u,v,w) and (v,u,w') give the same weight in both directions).</li>
 *   <li>Unweighted edges have weight 1.</li>
 * </ul>
 * Memory: 8 bytes per edge while collecting (12 if weighted), then the CSR arrays.
 */
public final class AdjacencyBuilder {
    private int[] src;
    private int[] dst;
    private float[] weight;
    private int size;
    private int maxId = -1;

    public AdjacencyBuilder(int expectedEdges, boolean weighted) {
        int cap = Math.max(16, expectedEdges);
        src = new int[cap];
        dst = new int[cap];
        weight = weighted ? new float[cap] : null;
    }

    public void add(int u, int v) {
        add(u, v, 1f);
    }

    public void add(int u, int v, float w) {
        if (u < 0 || v < 0) throw new IllegalArgumentException("negative node id " + Math.min(u, v));
        if (size == src.length) grow();
        src[size] = u;
        dst[size] = v;
        if (weight != null) weight[size] = w;
        size++;
        if (u > maxId) maxId = u;
        if (v > maxId) maxId = v;
    }

    private void grow() {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8L, src.length * 2L);
        if (cap == src.length) throw new IllegalStateException("too many edges");
        src = Arrays.copyOf(src, cap);
        dst = Arrays.copyOf(dst, cap);
        if (weight != null) weight = Arrays.copyOf(weight, cap);
    }

    /** All node ids used by any edge, sorted, each once. */
    public int[] distinctNodeIds() {
        int[] all = new int[2 * size];
        System.arraycopy(src, 0, all, 0, size);
        System.arraycopy(dst, 0, all, size, size);
        Arrays.sort(all);
        int w = 0;
        for (int i = 0; i < all.length; i++) if (w == 0 || all[w - 1] != all[i]) all[w++] = all[i];
        return Arrays.copyOf(all, w);
    }

    /** Replaces every node id by {@code f(id)} (e.g. 1-based to 0-based, or sparse ids to 0..n-1). */
    public void relabel(IntUnaryOperator f) {
        int max = -1;
        for (int i = 0; i < size; i++) {
            src[i] = f.applyAsInt(src[i]);
            dst[i] = f.applyAsInt(dst[i]);
            if (src[i] < 0 || dst[i] < 0) throw new IllegalArgumentException("relabelled to a negative id");
            max = Math.max(max, Math.max(src[i], dst[i]));
        }
        maxId = max;
    }

    /** Number of edges added so far (before de-duplication). */
    public int size() {
        return size;
    }

    /** Largest node id seen, or -1 when empty. */
    public int maxNodeId() {
        return maxId;
    }

    public boolean weighted() {
        return weight != null;
    }

    /**
     * @param n         number of nodes; every id added must be below it
     * @param symmetric store each edge in both directions (undirected graph)
     */
    public CsrMatrix build(int n, boolean symmetric) {
        if (maxId >= n) throw new IllegalArgumentException("node id " + maxId + " >= node count " + n);
        int[] counts = new int[n + 1];
        long total = 0;
        for (int i = 0; i < size; i++) {
            counts[src[i] + 1]++;
            total++;
            if (symmetric && src[i] != dst[i]) {
                counts[dst[i] + 1]++;
                total++;
            }
        }
        if (total > Integer.MAX_VALUE - 8) throw new IllegalStateException("too many adjacency entries: " + total);
        for (int i = 0; i < n; i++) counts[i + 1] += counts[i];
        int[] pos = Arrays.copyOf(counts, n);
        int[] cols = new int[(int) total];
        float[] vals = weight != null ? new float[(int) total] : null;
        for (int i = 0; i < size; i++) {
            int p = pos[src[i]]++;
            cols[p] = dst[i];
            if (vals != null) vals[p] = weight[i];
            if (symmetric && src[i] != dst[i]) {
                int q = pos[dst[i]]++;
                cols[q] = src[i];
                if (vals != null) vals[q] = weight[i];
            }
        }
        int[] indptr = new int[n + 1];
        int w = 0;
        for (int r = 0; r < n; r++) {
            int s = counts[r], e = counts[r + 1];
            if (vals == null) {
                Arrays.sort(cols, s, e);
                for (int k = s; k < e; k++) {
                    if (w > indptr[r] && cols[w - 1] == cols[k]) continue;
                    cols[w++] = cols[k];
                }
            } else {
                w = sortWeightedRow(cols, vals, s, e, w, indptr[r]);
            }
            indptr[r + 1] = w;
        }
        int[] indices = w == cols.length ? cols : Arrays.copyOf(cols, w);
        float[] values;
        if (vals == null) {
            values = new float[w];
            Arrays.fill(values, 1f);
        } else {
            values = w == vals.length ? vals : Arrays.copyOf(vals, w);
        }
        return new CsrMatrix(n, n, indptr, indices, values);
    }

    /** Sorts one row by column, merges repeats with max weight, writes compacted from {@code w}; returns new w. */
    private static int sortWeightedRow(int[] cols, float[] vals, int s, int e, int w, int rowStart) {
        long[] packed = new long[e - s];
        for (int k = s; k < e; k++) packed[k - s] = ((long) cols[k] << 32) | (Float.floatToRawIntBits(vals[k]) & 0xffffffffL);
        Arrays.sort(packed);
        for (long p : packed) {
            int c = (int) (p >>> 32);
            float v = Float.intBitsToFloat((int) p);
            if (w > rowStart && cols[w - 1] == c) {
                if (v > vals[w - 1]) vals[w - 1] = v;
            } else {
                cols[w] = c;
                vals[w] = v;
                w++;
            }
        }
        return w;
    }
}
