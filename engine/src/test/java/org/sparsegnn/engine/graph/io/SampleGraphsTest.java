package org.sparsegnn.engine.graph.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.Graph;

/** The committed samples load from the class path and are exactly what their generator spec produces. */
class SampleGraphsTest {

    private static void assertSameGraph(Graph expected, Graph actual) {
        assertEquals(expected.numNodes(), actual.numNodes());
        assertArrayEquals(expected.adjacency().indptr(), actual.adjacency().indptr());
        assertArrayEquals(expected.adjacency().indices(), actual.adjacency().indices());
        CsrMatrix ex = (CsrMatrix) expected.features(), ax = (CsrMatrix) actual.features();
        assertEquals(ex.cols(), ax.cols());
        assertArrayEquals(ex.indptr(), ax.indptr());
        assertArrayEquals(ex.indices(), ax.indices());
        assertArrayEquals(ex.values(), ax.values());
        assertArrayEquals(expected.labels(), actual.labels());
        assertEquals(expected.classNames(), actual.classNames());
        for (String s : new String[] {Graph.TRAIN, Graph.VAL, Graph.TEST}) {
            assertArrayEquals(expected.split(s).orElseThrow(), actual.split(s).orElseThrow(), s);
        }
    }

    @Test
    void classPathSamplesEqualTheirGenerator() throws GraphFormatException {
        for (String name : SampleGraphs.names()) {
            Graph loaded = SampleGraphs.load(name);
            assertEquals(name, loaded.name());
            assertSameGraph(SampleGraphs.generate(name), loaded);
        }
        assertEquals(1400, SampleGraphs.load(SampleGraphs.DEFAULT).numNodes());
        assertEquals(34, new DatasetRegistry(Path.of("unused")).load("two-clubs", DownloadListener.NONE).numNodes());
    }

    @Test
    void committedFolderIsLoadableByGraphLoaderAndSmall() throws Exception {
        Path folder = Path.of("../sample-data");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(folder), "run from the engine module");
        for (String name : SampleGraphs.names()) {
            assertSameGraph(SampleGraphs.generate(name), GraphLoader.load(folder.resolve(name)));
            long bytes;
            try (var s = Files.walk(folder.resolve(name))) {
                bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            assertEquals(true, bytes < 1_000_000, name + " is " + bytes + " bytes");
        }
    }
}
