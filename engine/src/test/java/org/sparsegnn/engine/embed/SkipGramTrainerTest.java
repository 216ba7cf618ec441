package org.sparsegnn.engine.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.DenseMatrix;

class SkipGramTrainerTest {
    /** Two 20-cliques joined by one edge (19-20). */
    static WalkGraph twoCliques() {
        List<int[]> edges = new ArrayList<>();
        for (int base : new int[] {0, 20}) {
            for (int i = 0; i < 20; i++) for (int j = i + 1; j < 20; j++) edges.add(new int[] {base + i, base + j});
        }
        edges.add(new int[] {19, 20});
        int[] r = new int[edges.size()], c = new int[edges.size()];
        for (int i = 0; i < r.length; i++) { r[i] = edges.get(i)[0]; c[i] = edges.get(i)[1]; }
        float[] ones = new float[r.length];
        Arrays.fill(ones, 1f);
        return WalkGraph.of(CsrMatrix.fromCoo(40, 40, r, c, ones));
    }

    static double cosine(DenseMatrix e, int a, int b) {
        double dot = 0, na = 0, nb = 0;
        for (int c = 0; c < e.cols(); c++) {
            double x = e.get(a, c), y = e.get(b, c);
            dot += x * y; na += x * x; nb += y * y;
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void nodesOfTheSameCliqueEndUpCloser() {
        EmbeddingParams params = EmbeddingParams.deepWalk(8, 42).withThreads(2);
        DenseMatrix e = new SkipGramTrainer(new WalkCorpus(twoCliques(), params), params, EmbeddingProgress.NONE).train();
        double within = 0, across = 0;
        int nw = 0, na = 0;
        for (int a = 0; a < 40; a++) {
            for (int b = a + 1; b < 40; b++) {
                if ((a < 20) == (b < 20)) { within += cosine(e, a, b); nw++; } else { across += cosine(e, a, b); na++; }
            }
        }
        within /= nw;
        across /= na;
        assertTrue(within > across + 0.5, "mean cosine within " + within + " vs across " + across);
    }

    @Test
    void oneThreadIsReproducibleAndTheSeedMatters() {
        EmbeddingParams p1 = EmbeddingParams.deepWalk(8, 1).withThreads(1);
        EmbeddingParams p2 = EmbeddingParams.deepWalk(8, 2).withThreads(1);
        WalkGraph g = twoCliques();
        float[] a = new SkipGramTrainer(new WalkCorpus(g, p1), p1, EmbeddingProgress.NONE).train().data();
        float[] b = new SkipGramTrainer(new WalkCorpus(g, p1), p1, EmbeddingProgress.NONE).train().data();
        float[] c = new SkipGramTrainer(new WalkCorpus(g, p2), p2, EmbeddingProgress.NONE).train().data();
        assertArrayEquals(a, b, 0f);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void sigmoidTableSaturatesAtItsEdges() {
        org.junit.jupiter.api.Assertions.assertEquals(1f, SkipGramTrainer.sigmoid(6f));
        org.junit.jupiter.api.Assertions.assertEquals(0f, SkipGramTrainer.sigmoid(-6f));
        org.junit.jupiter.api.Assertions.assertEquals(0.5f, SkipGramTrainer.sigmoid(0f), 0.01f);
        org.junit.jupiter.api.Assertions.assertEquals(1 / (1 + Math.exp(-5.999)), SkipGramTrainer.sigmoid(5.999f), 0.01);
    }

    @Test
    void reportsProgressUpToOne() {
        EmbeddingParams params = EmbeddingParams.deepWalk(8, 1).withThreads(2);
        List<Double> seen = Collections.synchronizedList(new ArrayList<>());
        new SkipGramTrainer(new WalkCorpus(twoCliques(), params), params,
                (stage, f) -> { if (stage.equals("skip-gram")) seen.add(f); }).train();
        assertTrue(seen.contains(1.0), "final progress 1.0 reported: " + seen);
    }
}
