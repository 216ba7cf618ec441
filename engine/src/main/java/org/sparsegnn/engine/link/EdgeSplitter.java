package org.sparsegnn.engine.link;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.sparsegnn.engine.embed.WalkGraph;
import org.sparsegnn.engine.graph.CsrMatrix;

/**
 * Seeded split of a graph's undirected edges into train / val / test positives, plus the same number of
 * negatives per split: uniformly drawn node pairs u ≠ v that are edges of the <em>full</em> graph in neither
 * direction, distinct across all splits. Edges are undirected (a directed input is symmetrised, self-loops
 * dropped).
 * <p>With {@code keepDegree} (node2vec's protocol, the default) an edge goes to val/test only if both endpoints
 * keep at least one training edge, so no node is left without a walk and hence without a learned embedding;
 * without it, the split is a plain random partition.
 */
public final class EdgeSplitter {
    private final double valFraction;
    private final double testFraction;
    private final boolean keepDegree;
    private final long seed;

    public EdgeSplitter(double valFraction, double testFraction, boolean keepDegree, long seed) {
        if (valFraction < 0 || testFraction <= 0 || valFraction + testFraction >= 1) {
            throw new IllegalArgumentException("val (" + valFraction + ") and test (" + testFraction
                    + ") fractions must be >= 0, > 0 and sum below 1");
        }
        this.valFraction = valFraction;
        this.testFraction = testFraction;
        this.keepDegree = keepDegree;
        this.seed = seed;
    }

    public EdgeSplit split(CsrMatrix adjacency) {
        WalkGraph full = WalkGraph.of(adjacency);
        int n = full.numNodes();
        int m = (int) (full.numEntries() / 2);
        if (m < 10) throw new IllegalArgumentException("graph has only " + m + " edges; link prediction needs at least 10");
        int[] src = new int[m], dst = new int[m];
        int w = 0;
        for (int u = 0; u < n; u++) {
            for (int i = 0; i < full.degree(u); i++) {
                int v = full.neighbor(u, i);
                if (u < v) { src[w] = u; dst[w] = v; w++; }
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[] order = permutation(m, rng);
        int nTest = (int) Math.round(testFraction * m), nVal = (int) Math.round(valFraction * m);
        int[] remaining = new int[n];
        for (int u = 0; u < n; u++) remaining[u] = full.degree(u);
        int[] held = new int[nTest + nVal];
        boolean[] isHeld = new boolean[m];
        int h = 0;
        for (int k = 0; k < m && h < held.length; k++) {
            int e = order[k];
            if (keepDegree && (remaining[src[e]] <= 1 || remaining[dst[e]] <= 1)) continue;
            remaining[src[e]]--;
            remaining[dst[e]]--;
            held[h++] = e;
            isHeld[e] = true;
        }
        if (h < held.length) {
            throw new IllegalArgumentException("only " + h + " of " + held.length
                    + " val/test edges can be held out while every node keeps an edge; lower the fractions");
        }
        int nTrain = m - h;
        int[] trS = new int[nTrain], trD = new int[nTrain];
        int t = 0;
        for (int k = 0; k < m; k++) {
            int e = order[k];
            if (!isHeld[e]) { trS[t] = src[e]; trD[t] = dst[e]; t++; }
        }
        int[] teS = pick(src, held, 0, nTest), teD = pick(dst, held, 0, nTest);
        int[] vaS = pick(src, held, nTest, nTest + nVal), vaD = pick(dst, held, nTest, nTest + nVal);

        NegativePairs negatives = new NegativePairs(full, rng);
        LabeledEdges train = negatives.label(trS, trD);
        LabeledEdges val = negatives.label(vaS, vaD);
        LabeledEdges test = negatives.label(teS, teD);
        return new EdgeSplit(n, WalkGraph.ofEdges(n, trS, trD), train, val, test);
    }

    private static int[] pick(int[] values, int[] idx, int from, int to) {
        int[] out = new int[to - from];
        for (int i = from; i < to; i++) out[i - from] = values[idx[i]];
        return out;
    }

    static int[] permutation(int m, SplittableRandom rng) {
        int[] p = new int[m];
        for (int i = 0; i < m; i++) p[i] = i;
        for (int i = m - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i]; p[i] = p[j]; p[j] = tmp;
        }
        return p;
    }

    /** Draws non-edges of the full graph, never the same unordered pair twice across the whole split. */
    private static final class NegativePairs {
        private final WalkGraph full;
        private final SplittableRandom rng;
        private final Set<Long> used = new HashSet<>();

        NegativePairs(WalkGraph full, SplittableRandom rng) {
            this.full = full;
            this.rng = rng;
        }

        LabeledEdges label(int[] posSrc, int[] posDst) {
            int k = posSrc.length;
            int n = full.numNodes();
            long possible = (long) n * (n - 1) / 2 - full.numEntries() / 2;
            if (used.size() + k > possible) {
                throw new IllegalArgumentException("graph is too dense: cannot sample " + k + " distinct non-edges");
            }
            int[] s = new int[k], d = new int[k];
            int w = 0;
            while (w < k) {
                int u = rng.nextInt(n), v = rng.nextInt(n);
                if (u == v || full.hasEdge(u, v)) continue;
                int a = Math.min(u, v), b = Math.max(u, v);
                if (!used.add(((long) a << 32) | b)) continue;
                s[w] = a;
                d[w] = b;
                w++;
            }
            return LabeledEdges.of(posSrc, posDst, s, d);
        }
    }

    @Override
    public String toString() {
        return "EdgeSplitter[val=" + valFraction + ", test=" + testFraction + ", keepDegree=" + keepDegree
                + ", seed=" + seed + "]";
    }
}
