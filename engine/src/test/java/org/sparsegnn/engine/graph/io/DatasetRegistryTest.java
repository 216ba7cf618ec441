package org.sparsegnn.engine.graph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.engine.graph.Graph;

/** Downloads from a loopback HTTP server serving the real Planetoid bytes (never the internet). */
@Timeout(60)
class DatasetRegistryTest {
    @TempDir
    Path cache;

    private HttpServer server;
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/data/", exchange -> {
            requests.incrementAndGet();
            String file = exchange.getRequestURI().getPath().substring("/data/".length());
            byte[] body = served.get(file);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/data/");
    }

    private void serveCora() throws IOException {
        Path dir = TestData.dir().resolve("cora/planetoid");
        for (DatasetRegistry.PinnedFile f : DatasetRegistry.pinnedFiles("cora")) served.put(f.name(), Files.readAllBytes(dir.resolve(f.name())));
    }

    private List<Path> cacheFiles() throws IOException {
        try (var s = Files.walk(cache)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    @Tag("slow")
    void downloadsVerifiesAndCachesCora() throws IOException {
        serveCora();
        AtomicLong lastDone = new AtomicLong(), lastTotal = new AtomicLong();
        DatasetRegistry registry = new DatasetRegistry(cache, base());
        Graph g = registry.load("cora", (file, done, total) -> {
            lastDone.set(done);
            lastTotal.set(total);
        });
        assertEquals(2708, g.numNodes());
        assertEquals(8, requests.get());
        assertEquals(lastTotal.get(), lastDone.get(), "progress reaches the total");
        assertEquals(8, cacheFiles().size(), "only the eight verified files, no .part left");
        for (DatasetRegistry.PinnedFile f : DatasetRegistry.pinnedFiles("cora")) {
            assertEquals(f.sha256(), VerifiedDownload.sha256(cache.resolve("cora").resolve(f.name())));
        }
        assertEquals(2708, registry.load("cora", DownloadListener.NONE).numNodes());
        assertEquals(8, requests.get(), "second load comes from the cache");
        assertTrue(registry.findLocal("cora").isPresent());
    }

    @Test
    void corruptedFileIsRejectedAndNothingIsKept() throws IOException {
        serveCora();
        byte[] allx = served.get("ind.cora.allx").clone();
        allx[allx.length / 2] ^= 0x01;
        served.put("ind.cora.allx", allx);
        DatasetRegistry registry = new DatasetRegistry(cache, base());
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> registry.load("cora", DownloadListener.NONE));
        assertTrue(e.getMessage().contains("SHA-256 mismatch") && e.getMessage().contains("ind.cora.allx"), e.getMessage());
        for (Path p : cacheFiles()) {
            assertFalse(p.getFileName().toString().contains("allx"), "corrupted file left: " + p);
            assertFalse(p.getFileName().toString().endsWith(".part"), "temp file left: " + p);
        }
    }

    @Test
    void missingFileGives404Error() throws IOException {
        serveCora();
        served.remove("ind.cora.graph");
        DatasetRegistry registry = new DatasetRegistry(cache, base());
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> registry.load("cora", DownloadListener.NONE));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
        assertTrue(cacheFiles().stream().noneMatch(p -> p.getFileName().toString().contains("graph")));
        assertTrue(cacheFiles().stream().noneMatch(p -> p.getFileName().toString().endsWith(".part")));
    }

    @Test
    void oversizedResponseIsCutOff() throws IOException {
        serveCora();
        byte[] y = served.get("ind.cora.y");
        served.put("ind.cora.y", Arrays.copyOf(y, y.length * 3));
        DatasetRegistry registry = new DatasetRegistry(cache, base());
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> registry.load("cora", DownloadListener.NONE));
        assertTrue(e.getMessage().contains("larger than the expected"), e.getMessage());
    }

    @Test
    @Tag("slow")
    void pubmedAllxHasNoPinAndIsNeverDownloaded() {
        DatasetRegistry registry = new DatasetRegistry(TestData.dir(), base());
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> registry.load("pubmed", DownloadListener.NONE));
        assertTrue(e.getMessage().contains("ind.pubmed.allx") && e.getMessage().contains("graph-only"), e.getMessage());
        assertEquals(0, requests.get());
        assertTrue(DatasetRegistry.pinnedFiles("pubmed").stream().anyMatch(f -> f.name().equals("ind.pubmed.allx") && f.sha256() == null));
        assertEquals(7, DatasetRegistry.pinnedFiles("pubmed").stream().filter(f -> f.sha256() != null).count());
    }

    @Test
    @Tag("slow")
    void sharedDataLayoutAndLocalOnlyNames() throws GraphFormatException {
        DatasetRegistry registry = new DatasetRegistry(TestData.dir(), base());
        assertEquals(3327, registry.load("citeseer", DownloadListener.NONE).numNodes());
        assertEquals(19717, registry.load("pubmed", true, DownloadListener.NONE).numNodes());
        Graph karate = registry.load("karate", DownloadListener.NONE);
        assertEquals(34, karate.numNodes());
        assertEquals("karate", karate.name());
        assertEquals(42, registry.load("email-eu-core", DownloadListener.NONE).numClasses());
        assertEquals(0, requests.get(), "nothing downloaded");
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> registry.load("no-such-set", DownloadListener.NONE));
        assertTrue(e.getMessage().contains("unknown dataset") && e.getMessage().contains("cora"), e.getMessage());
    }

    @Test
    void anUnreachableHostSaysHowToWorkOffline() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        DatasetRegistry registry = new DatasetRegistry(cache, URI.create("http://127.0.0.1:" + closedPort + "/data/"));
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> registry.load("cora", DownloadListener.NONE));
        String m = e.getMessage();
        assertTrue(m.startsWith("cannot download cora from 127.0.0.1: the host could not be reached"), m);
        assertTrue(m.contains("ind.cora.x, ind.cora.y") && m.contains("ind.cora.test.index"), "names the files: " + m);
        assertTrue(m.contains(cache.resolve("cora").toAbsolutePath().toString()) && m.contains("--data-dir"), m);
        assertFalse(m.contains("Exception") || m.contains("java."), m);
        assertEquals(1, m.lines().count());
    }

    @Test
    void localOnlyDatasetMissingIsAClearError() {
        DatasetRegistry registry = new DatasetRegistry(cache, base());
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> registry.load("slashdot", DownloadListener.NONE));
        assertTrue(e.getMessage().contains("not downloadable"), e.getMessage());
    }
}
