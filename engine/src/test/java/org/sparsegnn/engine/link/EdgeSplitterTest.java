package org.sparsegnn.engine.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.embed.WalkGraph;
import org.sparsegnn.engine.graph.CsrMatrix;

class EdgeSplitterTest {
    /** A random undirected graph with m distinct edges over n nodes, stored symmetrically. */
    static CsrMatrix randomGraph(int n, int m, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Set<Long> seen = new HashSet<>();
        int[] r = new int[2 * m], c = new int[2 * m];
        int w = 0;
        while (seen.size() < m) {
            int u = rng.nextInt(n), v = rng.nextInt(n);
            if (u == v || !seen.add((long) Math.min(u, v) << 32 | Math.max(u, v))) continue;
            r[w] = u; c[w++] = v; r[w] = v; c[w++] = u;
        }
        float[] ones = new float[2 * m];
        Arrays.fill(ones, 1f);
        return CsrMatrix.fromCoo(n, n, r, c, ones);
    }

    @Test
    void splitsPositivesDisjointlyWithBalancedNegativesAndNoLeak() {
        CsrMatrix adj = randomGraph(300, 2000, 1);
        WalkGraph full = WalkGraph.of(adj);
        EdgeSplit s = new EdgeSplitter(0.1, 0.2, true, 7).split(adj);
        assertEquals(400, s.test().positives());
        assertEquals(200, s.val().positives());
        assertEquals(1400, s.train().positives());
        for (LabeledEdges e : new LabeledEdges[] {s.train(), s.val(), s.test()}) {
            assertEquals(2 * e.positives(), e.size(), "as many negatives as positives");
        }
        Set<Long> pairs = new HashSet<>();
        for (LabeledEdges e : new LabeledEdges[] {s.train(), s.val(), s.test()}) {
            for (int i = 0; i < e.size(); i++) {
                int a = Math.min(e.src()[i], e.dst()[i]), b = Math.max(e.src()[i], e.dst()[i]);
                assertTrue(pairs.add((long) a << 32 | b), "pair used twice");
                assertEquals(e.labels()[i] > 0.5f, full.hasEdge(a, b), "label matches the full graph");
            }
        }
        // the training graph (walks) holds exactly the training positives
        assertEquals(2L * 1400, s.trainGraph().numEntries());
        for (LabeledEdges e : new LabeledEdges[] {s.val(), s.test()}) {
            for (int i = 0; i < e.positives(); i++) assertFalse(s.trainGraph().hasEdge(e.src()[i], e.dst()[i]));
        }
        for (int v = 0; v < 300; v++) {
            if (full.degree(v) > 0) assertTrue(s.trainGraph().degree(v) > 0, "keepDegree leaves node " + v + " an edge");
        }
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        CsrMatrix adj = randomGraph(100, 400, 2);
        EdgeSplit a = new EdgeSplitter(0.1, 0.1, false, 3).split(adj);
        EdgeSplit b = new EdgeSplitter(0.1, 0.1, false, 3).split(adj);
        EdgeSplit c = new EdgeSplitter(0.1, 0.1, false, 4).split(adj);
        assertArrayEquals(a.test().src(), b.test().src());
        assertArrayEquals(a.test().dst(), b.test().dst());
        assertFalse(Arrays.equals(a.test().src(), c.test().src()));
    }
}
