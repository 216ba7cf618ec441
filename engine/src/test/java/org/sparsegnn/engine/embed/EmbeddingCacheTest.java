package org.sparsegnn.engine.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.engine.graph.DenseMatrix;
import org.sparsegnn.engine.graph.io.Npy;

class EmbeddingCacheTest {
    @TempDir
    Path tmp;

    @Test
    void npyHeaderIsAlignedAndValuesAreLittleEndian() throws Exception {
        DenseMatrix m = new DenseMatrix(2, 3, new float[] {1, 2, 3, 4, 5, -6.5f});
        byte[] npy = Npy.encode(m);
        ByteBuffer b = ByteBuffer.wrap(npy).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals((byte) 0x93, b.get(0));
        assertEquals("NUMPY", new String(npy, 1, 5, StandardCharsets.US_ASCII));
        int headerLen = Short.toUnsignedInt(b.getShort(8));
        assertEquals(0, (10 + headerLen) % 64, "data starts on a 64-byte boundary");
        String header = new String(npy, 10, headerLen, StandardCharsets.US_ASCII);
        assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }"), header);
        assertEquals('\n', header.charAt(header.length() - 1));
        assertEquals(-6.5f, b.getFloat(10 + headerLen + 5 * 4));
        DenseMatrix back = Npy.readMatrix(npy, "test");
        assertArrayEquals(m.data(), back.data(), 0f);
    }

    @Test
    void npzIsAStoredZipOfNpyEntries() throws Exception {
        Path f = tmp.resolve("out/emb.npz");
        DenseMatrix m = new DenseMatrix(1, 2, new float[] {7, 8});
        EmbeddingExport.write(f, m);
        try (ZipFile zip = new ZipFile(f.toFile())) {
            ZipEntry e = zip.getEntry("embedding.npy");
            assertEquals(ZipEntry.STORED, e.getMethod());
            DenseMatrix back = Npy.readMatrix(zip.getInputStream(e).readAllBytes(), "npz");
            assertArrayEquals(m.data(), back.data(), 0f);
        }
        Path s = tmp.resolve("sparse.npz");
        EmbeddingExport.write(s, TopKSparsifier.keepTopPercent(new DenseMatrix(2, 2, new float[] {1, -3, 0.5f, 2}), 50));
        try (ZipFile zip = new ZipFile(s.toFile())) {
            for (String k : new String[] {"data", "indices", "indptr", "shape"}) assertTrue(zip.getEntry(k + ".npy") != null, k);
        }
    }

    @Test
    void secondRequestComesFromTheCacheAndChangesMissIt() {
        WalkGraph g = SkipGramTrainerTest.twoCliques();
        EmbeddingParams p = EmbeddingParams.deepWalk(4, 3).withThreads(1);
        NodeEmbedder embedder = new NodeEmbedder(new EmbeddingCache(tmp));
        NodeEmbedder.Result first = embedder.embed(g, p, EmbeddingProgress.NONE);
        NodeEmbedder.Result second = embedder.embed(g, p, EmbeddingProgress.NONE);
        assertFalse(first.fromCache());
        assertTrue(second.fromCache());
        assertArrayEquals(first.embedding().data(), second.embedding().data(), 0f);
        assertTrue(Files.exists(tmp.resolve(first.key() + ".npy")));
        assertEquals(first.key(), EmbeddingCache.key(g, p.withThreads(2)), "thread count is not part of the key");
        assertNotEquals(first.key(), EmbeddingCache.key(g, EmbeddingParams.deepWalk(4, 4)));
        assertNotEquals(first.key(), EmbeddingCache.key(RandomWalkerTest.smallGraph(), p));
    }
}
