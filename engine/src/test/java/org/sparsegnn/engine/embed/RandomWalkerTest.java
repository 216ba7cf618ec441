package org.sparsegnn.engine.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.graph.CsrMatrix;

class RandomWalkerTest {
    /** Path 0-1-2-3 plus triangle 3-4-5; directed input (each edge once) to exercise symmetrisation. */
    static WalkGraph smallGraph() {
        int[] r = {0, 1, 2, 3, 4, 5};
        int[] c = {1, 2, 3, 4, 5, 3};
        return WalkGraph.of(CsrMatrix.fromCoo(7, 7, r, c, new float[] {1, 1, 1, 1, 1, 1}));
    }

    @Test
    void walksFollowEdgesAndStopAtIsolatedNodes() {
        WalkGraph g = smallGraph();
        assertEquals(12, g.numEntries());
        RandomWalker w = new RandomWalker(g, EmbeddingParams.deepWalk(4, 1));
        int[] buf = new int[40];
        SplittableRandom rng = new SplittableRandom(3);
        for (int start = 0; start < 6; start++) {
            int len = w.walk(start, rng, buf);
            assertEquals(40, len);
            for (int i = 1; i < len; i++) assertTrue(g.hasEdge(buf[i - 1], buf[i]), "step " + buf[i - 1] + "->" + buf[i]);
        }
        assertEquals(1, w.walk(6, rng, buf), "isolated node 6 has a one-node walk");
    }

    @Test
    void node2vecReturnParameterControlsBacktracking() {
        WalkGraph g = smallGraph();
        double lowP = backtrackRate(g, 0.05, 1.0), highP = backtrackRate(g, 20, 1.0);
        // at node 2 (came from 1; neighbours 1 and 3): weight 1/p for 1, 1/q for 3
        assertTrue(lowP > 0.9, "p=0.05 returns almost always: " + lowP);
        assertTrue(highP < 0.1, "p=20 rarely returns: " + highP);
    }

    private static double backtrackRate(WalkGraph g, double p, double q) {
        RandomWalker w = new RandomWalker(g, EmbeddingParams.node2vec(4, p, q, 1));
        SplittableRandom rng = new SplittableRandom(5);
        int[] buf = new int[40];
        int back = 0, total = 0;
        for (int rep = 0; rep < 200; rep++) {
            int len = w.walk(1, rng, buf);
            for (int i = 2; i < len; i++) {
                if (buf[i - 1] == 2 && g.degree(2) == 2) {
                    total++;
                    if (buf[i] == buf[i - 2]) back++;
                }
            }
        }
        return (double) back / total;
    }

    @Test
    void corpusRegeneratesTheSameWalkForAnIndex() {
        WalkCorpus corpus = new WalkCorpus(smallGraph(), EmbeddingParams.node2vec(4, 0.5, 2, 9));
        assertEquals(70, corpus.numWalks());
        int[] a = new int[40], b = new int[40];
        for (long i = 0; i < corpus.numWalks(); i++) {
            int la = corpus.walk(i, a), lb = corpus.walk(i, b);
            assertEquals(la, lb);
            assertArrayEquals(a, b);
        }
        // every node starts exactly walksPerNode walks
        int[] starts = new int[7];
        for (long i = 0; i < corpus.numWalks(); i++) {
            corpus.walk(i, a);
            starts[a[0]]++;
        }
        for (int s : starts) assertEquals(10, s);
    }
}
