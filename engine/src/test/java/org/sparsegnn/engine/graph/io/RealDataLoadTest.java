package org.sparsegnn.engine.graph.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.Graph;

/** Every graph of the shared data folder through {@link GraphLoader}, against the counts its README states. */
@Tag("slow")
class RealDataLoadTest {
    private static final GraphLoader.Options DIRECTED = GraphLoader.Options.DEFAULT.withDirected(true);

    private static Graph timed(String what, Path p, GraphLoader.Options o) throws GraphFormatException {
        long t0 = System.nanoTime();
        Graph g = GraphLoader.load(p, o);
        System.out.printf("load %-40s %8.1f ms  %s%n", what, (System.nanoTime() - t0) / 1e6, g);
        return g;
    }

    private static long selfLoops(Graph g) {
        CsrMatrix a = g.adjacency();
        long s = 0;
        for (int r = 0; r < a.rows(); r++) if (a.get(r, r) != 0) s++;
        return s;
    }

    @Test
    void coraLinqsContentAndCites() throws Exception {
        Path dir = TestData.dir().resolve("cora/linqs");
        Graph g = timed("cora.content+cites", dir.resolve("cora.content"), GraphLoader.Options.DEFAULT);
        assertEquals(2708, g.numNodes());
        assertEquals(5278, g.numEdges());
        assertEquals(1433, g.numFeatures());
        assertEquals(49216, g.features().nnz());
        assertEquals(List.of("Case_Based", "Genetic_Algorithms", "Neural_Networks", "Probabilistic_Methods",
                "Reinforcement_Learning", "Rule_Learning", "Theory"), g.classNames());
        assertArrayEquals(new int[] {298, 418, 818, 426, 217, 180, 351}, PlanetoidLoaderTest.classSizes(g));
        assertEquals(5429, GraphLoader.load(dir, DIRECTED).numEntries(), "directed: one entry per cites line");
    }

    @Test
    void citeseerLinqsAndNpz() throws Exception {
        Path dir = TestData.dir().resolve("citeseer/linqs");
        Graph linqs = timed("citeseer.content+cites", dir, GraphLoader.Options.DEFAULT);
        assertEquals(3312, linqs.numNodes());
        assertEquals(4536 + 124, linqs.numEdges());
        assertEquals(124, selfLoops(linqs));
        assertEquals(105165, linqs.features().nnz());
        Graph npz = timed("citeseer.npz (directed)", dir.resolve("citeseer.npz"), DIRECTED);
        assertEquals(3312, npz.numNodes());
        assertEquals(4715, npz.numEntries());
        assertEquals(3703, npz.numFeatures());
        assertEquals(105165, npz.features().nnz());
        assertEquals(List.of("AI", "Agents", "DB", "HCI", "IR", "ML"), npz.classNames());
        assertArrayEquals(new int[] {249, 596, 701, 508, 668, 590}, PlanetoidLoaderTest.classSizes(npz));
        assertArrayEquals(PlanetoidLoaderTest.classSizes(npz), PlanetoidLoaderTest.classSizes(linqs));
    }

    @Test
    void coraNpzAndCoraMl() throws Exception {
        Graph cora = timed("cora.npz", TestData.file("cora/linqs/cora.npz"), GraphLoader.Options.DEFAULT);
        assertEquals(2708, cora.numNodes());
        assertEquals(5278, cora.numEdges());
        assertEquals(49216, cora.features().nnz());
        assertEquals(7, cora.classNames().size());
        assertEquals(5429, GraphLoader.load(TestData.file("cora/linqs/cora.npz"), DIRECTED).numEntries());

        Graph ml = timed("cora_ml.npz", TestData.file("cora_ml/npz/cora_ml.npz"), GraphLoader.Options.DEFAULT);
        assertEquals(2995, ml.numNodes());
        assertEquals(8158, ml.numEdges());
        assertEquals(0, selfLoops(ml));
        assertEquals(2879, ml.numFeatures());
        assertEquals(151171, ml.features().nnz());
        assertArrayEquals(new int[] {354, 402, 452, 442, 857, 193, 295}, PlanetoidLoaderTest.classSizes(ml));
        assertEquals(8416, GraphLoader.load(TestData.file("cora_ml/npz/cora_ml.npz"), DIRECTED).numEntries());
    }

    @Test
    void polblogsNpzWithoutFeatures() throws Exception {
        Graph g = timed("polblogs.npz (directed)", TestData.file("polblogs/npz/polblogs.npz"), DIRECTED);
        assertEquals(1490, g.numNodes());
        assertEquals(19025, g.numEntries());
        assertEquals(0, g.numFeatures());
        assertArrayEquals(new int[] {758, 732}, PlanetoidLoaderTest.classSizes(g));
        float max = 0;
        for (float v : g.adjacency().values()) max = Math.max(max, v);
        assertEquals(2f, max, "duplicated hyperlinks keep weight 2");
        Graph u = GraphLoader.load(TestData.file("polblogs/npz/polblogs.npz"));
        assertEquals(3, selfLoops(u));
        long isolated = 0;
        for (int r = 0; r < u.numNodes(); r++) if (u.adjacency().rowNnz(r) == 0) isolated++;
        assertEquals(266, isolated);
    }

    @Test
    void plainFoldersAndArraysNpzEqualThePlanetoidPickles() throws Exception {
        for (String ds : List.of("cora", "citeseer")) {
            Graph pickled = PlanetoidLoader.load(TestData.dir().resolve(ds + "/planetoid"), ds);
            Graph tsv = timed(ds + "/planetoid_plain (tsv)", TestData.dir().resolve(ds + "/planetoid_plain"), GraphLoader.Options.DEFAULT);
            Graph npz = timed(ds + "/planetoid_plain/arrays.npz", TestData.dir().resolve(ds + "/planetoid_plain/arrays.npz"), GraphLoader.Options.DEFAULT);
            for (Graph other : List.of(tsv, npz)) {
                assertEquals(pickled.numNodes(), other.numNodes());
                assertArrayEquals(pickled.labels(), other.labels());
                assertArrayEquals(pickled.split(Graph.TEST).orElseThrow(), other.split(Graph.TEST).orElseThrow());
                assertArrayEquals(pickled.split(Graph.TRAIN).orElseThrow(), other.split(Graph.TRAIN).orElseThrow());
                CsrMatrix a = (CsrMatrix) pickled.features(), b = (CsrMatrix) other.features();
                assertArrayEquals(a.indptr(), b.indptr());
                assertArrayEquals(a.indices(), b.indices());
                // plain folders drop self-loops (listed separately), so compare off-diagonal structure
                assertEquals(PlanetoidLoaderTest.edgeSet(pickled), PlanetoidLoaderTest.edgeSet(other));
            }
        }
    }

    @Test
    void karateFolder() throws Exception {
        Graph g = timed("karate (tsv folder)", TestData.dir().resolve("karate"), GraphLoader.Options.DEFAULT);
        assertEquals(34, g.numNodes());
        assertEquals(78, g.numEdges());
        assertArrayEquals(new int[] {17, 17}, PlanetoidLoaderTest.classSizes(g));
        int[] officers = {9, 14, 15, 18, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33};
        for (int v : officers) assertEquals(1, g.labels()[v]);
    }

    @Test
    void emailEuCoreWithDepartmentLabels() throws Exception {
        Path dir = TestData.dir().resolve("email-Eu-core");
        GraphLoader.Options o = DIRECTED.withLabels(dir.resolve("email-Eu-core-department-labels.txt"));
        Graph g = timed("email-Eu-core (directed)", dir.resolve("email-Eu-core.txt"), o);
        assertEquals(1005, g.numNodes());
        assertEquals(25571, g.numEntries());
        assertEquals(642, selfLoops(g));
        assertEquals(42, g.numClasses());
        int[] sizes = PlanetoidLoaderTest.classSizes(g);
        assertEquals(109, Arrays.stream(sizes).max().orElseThrow());
        assertEquals(1, Arrays.stream(sizes).min().orElseThrow());
        assertEquals(1005, Arrays.stream(sizes).sum());
        Graph u = GraphLoader.load(dir.resolve("email-Eu-core.txt"), o.withDirected(false));
        assertEquals(16064 + 642, u.numEdges());
    }

    @Test
    void iaEmailEuMatrixMarket() throws Exception {
        Graph g = timed("ia-email-EU.mtx", TestData.file("ia-email-EU/ia-email-EU.mtx"), GraphLoader.Options.DEFAULT);
        assertEquals(32430, g.numNodes());
        assertEquals(54397, g.numEdges());
        assertEquals(0, selfLoops(g));
        for (int r = 0; r < g.numNodes(); r++) assertTrue(g.adjacency().rowNnz(r) > 0, "node " + r + " has an edge");
    }

    @Test
    void facebookAndAstroPhGzip() throws Exception {
        Graph fb = timed("facebook_combined.txt.gz", TestData.file("facebook_combined/facebook_combined.txt.gz"), GraphLoader.Options.DEFAULT);
        assertEquals(4039, fb.numNodes());
        assertEquals(88234, fb.numEdges());
        Graph astro = timed("ca-AstroPh.txt.gz (sparse ids)", TestData.file("ca-AstroPh/ca-AstroPh.txt.gz"), GraphLoader.Options.DEFAULT);
        assertEquals(18772, astro.numNodes());
        assertEquals(198110, astro.numEdges());
        assertEquals(60, selfLoops(astro));
        Graph brain = GraphLoader.load(TestData.file("bn-cat-mixed-species_brain_1/bn-cat-mixed-species_brain_1.edges"));
        assertEquals(65, brain.numNodes());
        assertEquals(730, brain.numEdges());
    }

    @Test
    void slashdotCrlfMillionEdges() throws Exception {
        Path f = TestData.file("soc-Slashdot0902/soc-Slashdot0902.txt.gz");
        Graph d = timed("soc-Slashdot0902.txt.gz (directed)", f, DIRECTED);
        assertEquals(82168, d.numNodes());
        assertEquals(948464, d.numEntries());
        assertEquals(78303, selfLoops(d));
        Graph u = timed("soc-Slashdot0902.txt.gz (undirected)", f, GraphLoader.Options.DEFAULT);
        assertEquals(504230 + 78303, u.numEdges());
    }
}
