package org.sparsegnn.engine.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sparsegnn.engine.graph.GraphGenerators.SbmSpec;

class GraphGeneratorsTest {
    private static final SbmSpec SPEC = new SbmSpec(1400, 7, 4.0, 0.8, 500, 18, 0.5, 20, 300);

    @Test
    void sbmHasRequestedStructureFeaturesAndSplit() {
        Graph g = GraphGenerators.stochasticBlockModel("sbm", SPEC, 7);
        assertEquals(1400, g.numNodes());
        assertEquals(2800, g.numEdges(), "n * avgDegree / 2 distinct edges");
        CsrMatrix a = g.adjacency();
        long same = 0, total = 0;
        for (int r = 0; r < a.rows(); r++) {
            for (int k = a.indptr()[r]; k < a.indptr()[r + 1]; k++) {
                assertTrue(a.indices()[k] != r, "no self-loops");
                assertEquals(1f, a.get(a.indices()[k], r), "symmetric");
                total++;
                if (g.labels()[r] == g.labels()[a.indices()[k]]) same++;
            }
        }
        assertEquals(0.8, (double) same / total, 0.03, "edge homophily");
        // features: a node's words fall into its class block far more often than chance (1/7)
        CsrMatrix x = (CsrMatrix) g.features();
        long own = 0;
        for (int r = 0; r < x.rows(); r++) {
            for (int k = x.indptr()[r]; k < x.indptr()[r + 1]; k++) if (x.indices()[k] / (500 / 7) == g.labels()[r]) own++;
        }
        assertTrue((double) own / x.nnz() > 0.5, "class-correlated words: " + (double) own / x.nnz());
        assertEquals(140, g.split(Graph.TRAIN).orElseThrow().length);
        assertEquals(300, g.split(Graph.VAL).orElseThrow().length);
        assertEquals(960, g.split(Graph.TEST).orElseThrow().length);
        int[] perClass = new int[7];
        for (int v : g.split(Graph.TRAIN).orElseThrow()) perClass[g.labels()[v]]++;
        assertArrayEquals(new int[] {20, 20, 20, 20, 20, 20, 20}, perClass);
    }

    @Test
    void sameSeedSameGraph() {
        Graph a = GraphGenerators.stochasticBlockModel("a", SPEC, 3), b = GraphGenerators.stochasticBlockModel("b", SPEC, 3);
        assertArrayEquals(a.adjacency().indices(), b.adjacency().indices());
        assertArrayEquals(((CsrMatrix) a.features()).indices(), ((CsrMatrix) b.features()).indices());
        assertArrayEquals(a.split(Graph.TEST).orElseThrow(), b.split(Graph.TEST).orElseThrow());
        Graph c = GraphGenerators.stochasticBlockModel("c", SPEC, 4);
        assertTrue(!Arrays.equals(a.adjacency().indices(), c.adjacency().indices()));
    }

    @Test
    @Timeout(120)
    @Tag("slow")
    void chungLuMillionNodesIsFastAndHeavyTailed() {
        long t0 = System.nanoTime();
        Graph g = GraphGenerators.chungLu("power-law", 1_000_000, 10, 2.5, 1);
        double seconds = (System.nanoTime() - t0) / 1e9;
        CsrMatrix a = g.adjacency();
        int maxDeg = 0;
        for (int r = 0; r < a.rows(); r++) maxDeg = Math.max(maxDeg, a.rowNnz(r));
        double mean = (double) a.nnz() / a.rows();
        System.out.printf("chungLu 1M nodes: %.2f s, %d entries, mean degree %.2f, max degree %d%n", seconds, a.nnz(), mean, maxDeg);
        assertEquals(1_000_000, g.numNodes());
        assertTrue(mean > 8 && mean <= 10, "mean degree " + mean);
        assertTrue(maxDeg > 100 * mean, "heavy tail: max degree " + maxDeg);
    }
}
