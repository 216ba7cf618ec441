package org.sparsegnn.engine.graph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Truncated, garbled, empty and hostile inputs for every loader: the only acceptable outcomes are a valid graph
 * (a mutation can produce another well-formed file) or a {@link GraphFormatException} with a one-line message
 * naming the file — never another exception type, never a hang. Mutations come from a seeded generator, so a
 * failure names the seed and iteration that reproduce it.
 */
@Timeout(120)
class LoaderFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20240611L);
    /** Rounds per file; raise with -Dfuzz.rounds=500 for a longer local run. */
    private static final int ROUNDS = Integer.getInteger("fuzz.rounds", 12);

    @TempDir
    Path tmp;

    /** Loads a path and classifies the outcome; anything but success or GraphFormatException fails the test. */
    private static void expectCleanOutcome(Path target, Path mutated, String what) {
        try {
            GraphLoader.load(target);
        } catch (GraphFormatException e) {
            String m = e.getMessage();
            assertFalse(m.contains("\n"), what + ": multi-line message " + m);
            assertTrue(m.contains(mutated.getFileName().toString()) || m.contains(target.getFileName().toString()),
                    what + ": message does not name the file: " + m);
        } catch (Throwable t) {
            fail(what + ": " + t.getClass().getName() + " instead of GraphFormatException", t);
        }
    }

    /** Garbles (byte flips), truncates and empties {@code file} in turn, loading {@code target} after each. */
    private static void fuzz(Path target, Path file, Random rnd, String label) throws IOException {
        byte[] original = Files.readAllBytes(file);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] flipped = original.clone();
            int flips = 1 + rnd.nextInt(8);
            for (int f = 0; f < flips && flipped.length > 0; f++) flipped[rnd.nextInt(flipped.length)] ^= (byte) (1 + rnd.nextInt(255));
            Files.write(file, flipped);
            expectCleanOutcome(target, file, label + " flip round " + round);
            Files.write(file, Arrays.copyOf(original, original.length == 0 ? 0 : rnd.nextInt(original.length)));
            expectCleanOutcome(target, file, label + " truncation round " + round);
        }
        Files.write(file, new byte[0]);
        expectCleanOutcome(target, file, label + " empty");
        Files.write(file, original);
    }

    private Path copyDir(Path from, String name) throws IOException {
        Path to = Files.createDirectories(tmp.resolve(name));
        try (var s = Files.list(from)) {
            for (Path p : s.toList()) if (Files.isRegularFile(p)) Files.copy(p, to.resolve(p.getFileName()));
        }
        return to;
    }

    @Test
    @Tag("slow")
    void planetoidPickles() throws IOException {
        Path dir = copyDir(TestData.dir().resolve("cora/planetoid"), "cora");
        Random rnd = new Random(SEED);
        for (String part : List.of("x", "y", "tx", "ty", "allx", "ally", "graph", "test.index")) {
            Path file = dir.resolve("ind.cora." + part);
            byte[] original = Files.readAllBytes(file);
            for (int round = 0; round < 4; round++) {
                byte[] flipped = original.clone();
                for (int f = 0; f < 4; f++) flipped[rnd.nextInt(flipped.length)] ^= (byte) (1 + rnd.nextInt(255));
                Files.write(file, flipped);
                expectCleanOutcome(dir, file, part + " flip round " + round);
                Files.write(file, Arrays.copyOf(original, rnd.nextInt(original.length)));
                assertThrows(GraphFormatException.class, () -> GraphLoader.load(dir), part + " truncated");
            }
            Files.write(file, new byte[0]);
            assertThrows(GraphFormatException.class, () -> GraphLoader.load(dir), part + " empty");
            Files.write(file, original);
        }
        assertEquals(2708, GraphLoader.load(dir).numNodes(), "restored files load again");
    }

    @Test
    @Tag("slow")
    void hostilePicklesInAPlanetoidFolderAreRefusedWithTheirFileName() throws IOException {
        Path dir = copyDir(TestData.dir().resolve("cora/planetoid"), "evil");
        byte[][] hostile = {
            new PickleBytes().global("os", "system").shortString("touch /tmp/pwned").op(0x85).op('R').stop(),
            new PickleBytes().global("subprocess", "check_output").shortString("id").op(0x85).op('R').stop(),
            new PickleBytes().global("builtins", "eval").shortString("__import__('os')").op(0x85).op('R').stop(),
            new PickleBytes().binString(0x7ffffff0, "x").stop(),
            new PickleBytes().int1(7).stop(), // well-formed, wrong type
        };
        for (String part : List.of("x", "graph", "ally")) {
            Path file = dir.resolve("ind.cora." + part);
            byte[] original = Files.readAllBytes(file);
            for (byte[] h : hostile) {
                Files.write(file, h);
                GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphLoader.load(dir));
                assertTrue(e.getMessage().contains("ind.cora." + part), e.getMessage());
            }
            Files.write(file, original);
        }
    }

    @Test
    @Tag("slow")
    void edgeListsPlainAndGzip() throws IOException {
        Path txt = tmp.resolve("karate.txt");
        Files.copy(TestData.file("karate/edges.tsv"), txt);
        Random rnd = new Random(SEED + 1);
        fuzz(txt, txt, rnd, "edge list");
        Path gz = tmp.resolve("karate.txt.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(Files.readAllBytes(txt));
        }
        Files.write(gz, bytes.toByteArray());
        fuzz(gz, gz, rnd, "gzip edge list");
    }

    @Test
    void edgeListGarbageTokensNameLineAndToken() throws IOException {
        Path f = tmp.resolve("bad.edges");
        Files.writeString(f, "# comment\r\n0 1\r\n1 2\r\n2 banana\r\n");
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphLoader.load(f));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("bad.edges:4") && e.getMessage().contains("banana"), e.getMessage());
        Files.writeString(f, "0 1\n1\n");
        e = assertThrows(GraphFormatException.class, () -> GraphLoader.load(f));
        assertTrue(e.getMessage().contains(":2:") && e.getMessage().contains("target node id"), e.getMessage());
        Files.writeString(f, "0 1 0.5\n1 2\n");
        e = assertThrows(GraphFormatException.class, () -> GraphLoader.load(f));
        assertTrue(e.getMessage().contains("weight"), e.getMessage());
        Files.writeString(f, "0 99999999999\n");
        assertThrows(GraphFormatException.class, () -> GraphLoader.load(f));
        Files.writeString(f, "# only comments\n% here\n");
        e = assertThrows(GraphFormatException.class, () -> GraphLoader.load(f));
        assertTrue(e.getMessage().contains("no edges"), e.getMessage());
        Files.write(f, new byte[200_000]); // binary zeros, no newline
        assertThrows(GraphFormatException.class, () -> GraphLoader.load(f));
    }

    @Test
    void edgeListHugeIdIsRefusedNotAllocated() throws IOException {
        Path f = tmp.resolve("huge.txt");
        Files.writeString(f, "0 1\n1 2000000000\n");
        // AUTO remaps sparse ids: loads as 3 nodes
        assertEquals(3, GraphLoader.load(f).numNodes());
        GraphLoader.Options zero = new GraphLoader.Options(false, false, null, NodeIds.Base.ZERO);
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphLoader.load(f, zero));
        assertTrue(e.getMessage().contains("exceed the limit"), e.getMessage());
    }

    @Test
    void edgeListFlexibleSyntaxLoads() throws IOException {
        Path f = tmp.resolve("flex.csv");
        Files.writeString(f, "source,target,weight\r\n% comment\r\n1,2,0.5\r\n2,3,2\r\n3,1,1\r\n\r\n");
        var g = GraphLoader.load(f);
        assertEquals(3, g.numNodes(), "1-based ids");
        assertEquals(0.5f, g.adjacency().get(0, 1));
        assertEquals(2f, g.adjacency().get(2, 1));
        Path t = tmp.resolve("tabs.tsv");
        Files.writeString(t, "10\t20\n20\t30\n"); // sparse ids remapped
        assertEquals(3, GraphLoader.load(t).numNodes());
    }

    @Test
    void matrixMarket() throws IOException {
        Path f = tmp.resolve("small.mtx");
        StringBuilder sb = new StringBuilder("%%MatrixMarket matrix coordinate integer general\n% c\n30 30 60\n");
        Random rnd = new Random(SEED + 2);
        for (int i = 0; i < 60; i++) sb.append(1 + rnd.nextInt(30)).append(' ').append(1 + rnd.nextInt(30)).append(' ').append(1 + rnd.nextInt(5)).append('\n');
        Files.writeString(f, sb.toString());
        assertEquals(30, GraphLoader.load(f).numNodes());
        fuzz(f, f, rnd, "mtx");
        Files.writeString(f, "%%MatrixMarket matrix coordinate pattern symmetric\n5 5 2\n1 2\n6 1\n");
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphLoader.load(f));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("outside the 1-based 5x5"), e.getMessage());
        Files.writeString(f, "%%MatrixMarket matrix coordinate pattern symmetric\n5 5 3\n1 2\n2 3\n");
        e = assertThrows(GraphFormatException.class, () -> GraphLoader.load(f));
        assertTrue(e.getMessage().contains("after 2 entries") && e.getMessage().contains("announced 3"), e.getMessage());
        Files.writeString(f, "%%MatrixMarket matrix coordinate pattern symmetric\n2000000000 2000000000 1\n1 2\n");
        e = assertThrows(GraphFormatException.class, () -> GraphLoader.load(f));
        assertTrue(e.getMessage().contains("exceed the limit"), e.getMessage());
        Files.writeString(f, "%%MatrixMarket matrix array real general\n2 2\n1\n2\n3\n4\n");
        e = assertThrows(GraphFormatException.class, () -> GraphLoader.load(f));
        assertTrue(e.getMessage().contains("coordinate"), e.getMessage());
    }

    @Test
    void linqs() throws IOException {
        Random rnd = new Random(SEED + 3);
        StringBuilder content = new StringBuilder(), cites = new StringBuilder();
        for (int p = 0; p < 40; p++) {
            content.append("paper").append(p);
            for (int w = 0; w < 12; w++) content.append('\t').append(rnd.nextInt(4) == 0 ? 1 : 0);
            content.append('\t').append(p % 3 == 0 ? "Theory" : "Practice").append('\n');
        }
        for (int e = 0; e < 80; e++) cites.append("paper").append(rnd.nextInt(40)).append('\t').append("paper").append(rnd.nextInt(40)).append('\n');
        Path dir = Files.createDirectories(tmp.resolve("linqs"));
        Files.writeString(dir.resolve("toy.content"), content);
        Files.writeString(dir.resolve("toy.cites"), cites);
        assertEquals(40, GraphLoader.load(dir).numNodes());
        fuzz(dir, dir.resolve("toy.content"), rnd, "content");
        fuzz(dir, dir.resolve("toy.cites"), rnd, "cites");
        Files.writeString(dir.resolve("toy.content"), "a\t1\t0\tX\nb\t1\tY\n");
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphLoader.load(dir));
        assertTrue(e.getMessage().contains("toy.content:2") && e.getMessage().contains("1 feature values"), e.getMessage());
    }

    @Test
    @Tag("slow")
    void npzArchives() throws IOException {
        Path f = tmp.resolve("cora.npz");
        Files.copy(TestData.file("cora/linqs/cora.npz"), f);
        fuzz(f, f, new Random(SEED + 4), "npz");
    }

    @Test
    void npyWithAbsurdShapeOrObjectsIsRefused() throws IOException {
        Path f = tmp.resolve("evil.npz");
        writeNpz(f, "adj_shape", npy("{'descr': '<i8', 'fortran_order': False, 'shape': (4000000000000, 4000000000000), }", new byte[16]));
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphLoader.load(f));
        assertTrue(e.getMessage().contains("adj_shape") && e.getMessage().contains("overflows"), e.getMessage());
        writeNpz(f, "labels", npy("{'descr': '|O', 'fortran_order': False, 'shape': (3,), }", new byte[24]));
        e = assertThrows(GraphFormatException.class, () -> GraphLoader.load(f));
        assertTrue(e.getMessage().contains("object array"), e.getMessage());
        writeNpz(f, "edges", npy("{'descr': '<i4', 'fortran_order': False, 'shape': (1000000, 2), }", new byte[8]));
        e = assertThrows(GraphFormatException.class, () -> GraphLoader.load(f));
        assertTrue(e.getMessage().contains("needs 8000000 bytes"), e.getMessage());
        ByteBuffer hdr = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        hdr.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0}).putInt(0x7fffffff);
        writeNpz(f, "edges", hdr.array());
        e = assertThrows(GraphFormatException.class, () -> GraphLoader.load(f));
        assertTrue(e.getMessage().contains("header claims"), e.getMessage());
        Files.write(f, "PK\u0003\u0004 definitely not a zip".getBytes(StandardCharsets.ISO_8859_1));
        assertThrows(GraphFormatException.class, () -> GraphLoader.load(f));
    }

    private static byte[] npy(String header, byte[] data) {
        StringBuilder h = new StringBuilder(header);
        while ((10 + h.length() + 1) % 64 != 0) h.append(' ');
        h.append('\n');
        ByteBuffer b = ByteBuffer.allocate(10 + h.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) h.length());
        b.put(h.toString().getBytes(StandardCharsets.US_ASCII)).put(data);
        return b.array();
    }

    private static void writeNpz(Path f, String key, byte[] npy) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry(key + ".npy"));
            z.write(npy);
            z.closeEntry();
        }
    }

    @Test
    void tsvFolder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("two-clubs"));
        TsvFolderWriter.write(SampleGraphs.generate(SampleGraphs.TWO_CLUBS), dir);
        Random rnd = new Random(SEED + 5);
        for (String file : List.of("edges.tsv", "labels.tsv", "features.coo.tsv", "classes.tsv", "meta.tsv", "split_test.txt")) {
            fuzz(dir, dir.resolve(file), rnd, file);
        }
        assertEquals(34, GraphLoader.load(dir).numNodes());
    }
}
