package org.sparsegnn.engine.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphPreprocessingTest {

    /** Path 0-1-2 with a self-loop on 2: A+I has diagonal (1,1,2), degrees (2,3,3). */
    private static CsrMatrix pathWithLoop() {
        AdjacencyBuilder b = new AdjacencyBuilder(3, false);
        b.add(0, 1);
        b.add(1, 2);
        b.add(2, 2);
        return b.build(3, true);
    }

    @Test
    void gcnNormalizationMatchesHandComputedValues() {
        CsrMatrix a = GraphPreprocessing.gcnNormalize(pathWithLoop());
        double[] d = {2, 3, 3};
        assertEquals(1 / d[0], a.get(0, 0), 1e-6);
        assertEquals(1 / Math.sqrt(d[0] * d[1]), a.get(0, 1), 1e-6);
        assertEquals(1 / Math.sqrt(d[0] * d[1]), a.get(1, 0), 1e-6);
        assertEquals(1 / d[1], a.get(1, 1), 1e-6);
        assertEquals(1 / Math.sqrt(d[1] * d[2]), a.get(1, 2), 1e-6);
        assertEquals(2 / d[2], a.get(2, 2), 1e-6, "existing self-loop plus I gives 2, as tkipf/gcn");
        assertEquals(0f, a.get(0, 2));
        assertEquals(7, a.nnz());
    }

    @Test
    void addIdentityInsertsMissingDiagonalInSortedPosition() {
        AdjacencyBuilder b = new AdjacencyBuilder(2, false);
        b.add(0, 3);
        b.add(2, 1);
        CsrMatrix a = GraphPreprocessing.addIdentity(b.build(4, true));
        for (int i = 0; i < 4; i++) assertEquals(1f, a.get(i, i));
        assertEquals(4 + 4, a.nnz());
        assertArrayEquals(new int[] {0, 3, 1, 2, 1, 2, 0, 3}, a.indices());
    }

    @Test
    void builderDedupesAndSymmetrizesWithMaxWeight() {
        AdjacencyBuilder b = new AdjacencyBuilder(4, true);
        b.add(0, 1, 2f);
        b.add(1, 0, 5f);
        b.add(0, 1, 1f);
        b.add(3, 3, 4f);
        CsrMatrix a = b.build(4, true);
        assertEquals(3, a.nnz());
        assertEquals(5f, a.get(0, 1));
        assertEquals(5f, a.get(1, 0));
        assertEquals(4f, a.get(3, 3));
        AdjacencyBuilder one = new AdjacencyBuilder(1, false);
        one.add(2, 0);
        CsrMatrix directed = one.build(3, false);
        CsrMatrix sym = GraphPreprocessing.symmetrize(directed);
        assertEquals(1f, sym.get(0, 2));
        assertEquals(1f, sym.get(2, 0));
        assertEquals(2, sym.nnz());
    }

    @Test
    void rowNormalizeMakesRowsSumToOneAndKeepsZeroRows() {
        CsrMatrix x = CsrMatrix.fromCoo(3, 4, new int[] {0, 0, 2}, new int[] {1, 3, 0}, new float[] {1, 3, 2});
        CsrMatrix n = (CsrMatrix) GraphPreprocessing.rowNormalize(x);
        assertEquals(0.25f, n.get(0, 1), 1e-7);
        assertEquals(0.75f, n.get(0, 3), 1e-7);
        assertEquals(0, n.rowNnz(1));
        assertEquals(1f, n.get(2, 0));
        assertEquals(3f, x.get(0, 3), "input untouched");
        DenseMatrix d = (DenseMatrix) GraphPreprocessing.rowNormalize(new DenseMatrix(2, 2, new float[] {1, 1, 0, 0}));
        assertArrayEquals(new float[] {0.5f, 0.5f, 0, 0}, d.data());
    }

    @Test
    void randomSplitIsStratifiedSeededAndDisjoint() {
        int[] labels = new int[1000];
        for (int i = 0; i < labels.length; i++) labels[i] = i % 10 == 9 ? -1 : i % 3; // 100 unlabelled
        Map<String, int[]> s = GraphPreprocessing.randomSplit6020(labels, 42);
        int[] train = s.get(Graph.TRAIN), val = s.get(Graph.VAL), test = s.get(Graph.TEST);
        assertEquals(900, train.length + val.length + test.length);
        Set<Integer> seen = new HashSet<>();
        for (int[] part : new int[][] {train, val, test}) {
            for (int v : part) {
                assertTrue(seen.add(v), "node " + v + " in two splits");
                assertTrue(labels[v] >= 0);
            }
        }
        int[] perClass = new int[3];
        for (int v : train) perClass[labels[v]]++;
        for (int c = 0; c < 3; c++) assertEquals(180, perClass[c], 1, "60% of class " + c + " (300 nodes)");
        assertArrayEquals(train, GraphPreprocessing.randomSplit6020(labels, 42).get(Graph.TRAIN), "same seed, same split");
        assertFalse(Arrays.equals(train, GraphPreprocessing.randomSplit6020(labels, 43).get(Graph.TRAIN)), "other seed, other split");
        int[] sorted = train.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, train);
    }
}
