package org.sparsegnn.engine.graph.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.Graph;

/** Planetoid pickles against the plain-text conversion of tkipf/gcn's load_data in the shared data folder. */
@Tag("slow")
class PlanetoidLoaderTest {

    @Test
    void coraMatchesPlainConversionExactly() throws IOException {
        Graph g = PlanetoidLoader.load(TestData.dir().resolve("cora/planetoid"), "cora");
        Path plain = TestData.dir().resolve("cora/planetoid_plain");
        assertEquals(2708, g.numNodes());
        assertEquals(5278, g.numEdges());
        assertEquals(2 * 5278, g.numEntries());
        assertEquals(1433, g.numFeatures());
        assertEquals(49216, g.features().nnz());
        assertEquals(7, g.numClasses());
        assertArrayEquals(new int[] {351, 217, 418, 818, 426, 298, 180}, classSizes(g));
        assertSameAsPlain(g, plain);
        assertArrayEquals(range(0, 140), g.split(Graph.TRAIN).orElseThrow());
        assertArrayEquals(range(140, 640), g.split(Graph.VAL).orElseThrow());
        assertArrayEquals(range(1708, 2708), g.split(Graph.TEST).orElseThrow());
    }

    @Test
    void citeseerKeepsIsolatedTestNodesUnlabelledAndFeatureless() throws IOException {
        Graph g = PlanetoidLoader.load(TestData.dir().resolve("citeseer/planetoid"), "citeseer");
        Path plain = TestData.dir().resolve("citeseer/planetoid_plain");
        assertEquals(3327, g.numNodes());
        assertEquals(4552 + 124, g.numEdges());
        assertEquals(3703, g.numFeatures());
        assertEquals(105165, g.features().nnz());
        assertArrayEquals(new int[] {249, 590, 668, 701, 596, 508}, classSizes(g));
        int[] isolated = {2407, 2489, 2553, 2682, 2781, 2953, 3042, 3063, 3212, 3214, 3250, 3292, 3305, 3306, 3309};
        CsrMatrix x = (CsrMatrix) g.features();
        for (int v : isolated) {
            assertEquals(-1, g.labels()[v], "label of featureless node " + v);
            assertEquals(0, x.rowNnz(v), "features of node " + v);
        }
        assertEquals(15, Arrays.stream(g.labels()).filter(l -> l == -1).count());
        assertSameAsPlain(g, plain);
        int selfLoops = 0;
        for (int v = 0; v < g.numNodes(); v++) if (g.adjacency().get(v, v) != 0) selfLoops++;
        assertEquals(TestData.intColumn(plain.resolve("self_loops.txt"), 0).length, selfLoops);
        assertEquals(120, g.split(Graph.TRAIN).orElseThrow().length);
        assertEquals(1000, g.split(Graph.TEST).orElseThrow().length);
    }

    @Test
    void pubmedWithoutAllxIsRefusedClearlyButLoadsGraphOnly() throws IOException {
        Path dir = TestData.dir().resolve("pubmed/planetoid");
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> PlanetoidLoader.load(dir, "pubmed"));
        assertTrue(e.getMessage().contains("ind.pubmed.allx") && e.getMessage().contains("graph-only"), e.getMessage());

        Graph g = PlanetoidLoader.loadGraphOnly(dir, "pubmed");
        assertNull(g.features());
        assertEquals(19717, g.numNodes());
        assertEquals(44324 + 3, g.numEdges());
        assertArrayEquals(new int[] {4103, 7739, 7875}, classSizes(g));
        Path plain = TestData.dir().resolve("pubmed/planetoid_plain");
        assertArrayEquals(TestData.intColumn(plain.resolve("labels.tsv"), 1), g.labels());
        assertArrayEquals(TestData.intColumn(plain.resolve("split_train.txt"), 0), g.split(Graph.TRAIN).orElseThrow());
        assertArrayEquals(TestData.intColumn(plain.resolve("split_val.txt"), 0), g.split(Graph.VAL).orElseThrow());
        assertArrayEquals(TestData.intColumn(plain.resolve("split_test.txt"), 0), g.split(Graph.TEST).orElseThrow());
        assertEquals(edgeSet(plain.resolve("edges.tsv")), edgeSet(g));
    }

    @Test
    void detectsDatasetName() {
        assertEquals("cora", PlanetoidLoader.detectName(TestData.dir().resolve("cora/planetoid")).orElseThrow());
        assertTrue(PlanetoidLoader.detectName(TestData.dir().resolve("cora/linqs")).isEmpty());
        assertEquals(2708, assertDoesNotThrow(() -> GraphLoader.load(TestData.dir().resolve("cora/planetoid/ind.cora.tx"))).numNodes());
    }

    static void assertSameAsPlain(Graph g, Path plain) throws IOException {
        int[] expectedLabels = TestData.intColumn(plain.resolve("labels.tsv"), 1);
        assertArrayEquals(expectedLabels, g.labels(), "labels");
        CsrMatrix x = (CsrMatrix) g.features();
        List<int[]> coo = TestData.intRows(plain.resolve("features.coo.tsv"));
        assertEquals(coo.size(), x.nnz());
        int k = 0;
        for (int r = 0; r < x.rows(); r++) {
            for (int p = x.indptr()[r]; p < x.indptr()[r + 1]; p++, k++) {
                assertEquals(coo.get(k)[0], r, "row of nonzero " + k);
                assertEquals(coo.get(k)[1], x.indices()[p], "column of nonzero " + k);
                assertEquals(coo.get(k)[2], x.values()[p], 0f);
            }
        }
        assertArrayEquals(TestData.intColumn(plain.resolve("split_train.txt"), 0), g.split(Graph.TRAIN).orElseThrow());
        assertArrayEquals(TestData.intColumn(plain.resolve("split_val.txt"), 0), g.split(Graph.VAL).orElseThrow());
        assertArrayEquals(TestData.intColumn(plain.resolve("split_test.txt"), 0), g.split(Graph.TEST).orElseThrow());
        assertEquals(edgeSet(plain.resolve("edges.tsv")), edgeSet(g));
    }

    /** Undirected non-loop pairs "u v" with u &lt; v. */
    static Set<Long> edgeSet(Graph g) {
        Set<Long> s = new HashSet<>();
        CsrMatrix a = g.adjacency();
        for (int r = 0; r < a.rows(); r++) {
            for (int k = a.indptr()[r]; k < a.indptr()[r + 1]; k++) {
                int c = a.indices()[k];
                assertEquals(a.values()[k], a.get(c, r), "symmetric entry " + r + "," + c);
                if (r < c) s.add(((long) r << 32) | c);
            }
        }
        return s;
    }

    static Set<Long> edgeSet(Path edgesTsv) throws IOException {
        Set<Long> s = new HashSet<>();
        for (int[] e : TestData.intRows(edgesTsv)) s.add(((long) Math.min(e[0], e[1]) << 32) | Math.max(e[0], e[1]));
        return s;
    }

    static int[] classSizes(Graph g) {
        int[] sizes = new int[g.numClasses()];
        for (int l : g.labels()) if (l >= 0) sizes[l]++;
        return sizes;
    }

    static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) r[i] = from + i;
        return r;
    }

}
