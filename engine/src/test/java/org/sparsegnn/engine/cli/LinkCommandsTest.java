package org.sparsegnn.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandsTest {
    @TempDir
    Path tmp;
    private String previousCache;

    @BeforeEach
    void useTempCache() {
        previousCache = System.getProperty("sparsegnn.cache");
        System.setProperty("sparsegnn.cache", tmp.resolve("cache").toString());
    }

    @AfterEach
    void restoreCache() {
        if (previousCache == null) System.clearProperty("sparsegnn.cache");
        else System.setProperty("sparsegnn.cache", previousCache);
    }

    @Test
    void linkTrainingWritesAucApAndEmbeddingTime() throws Exception {
        Path out = tmp.resolve("link");
        CliRunner r = CliRunner.run("train", "--task", "link", "--embedding", "deepwalk", "--embedding-dim", "8",
                "--walk-length", "20", "--epochs", "2", "--method", "rigl", "--sparsity", "0.5", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("skip-gram 100%"), r.err());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        for (String key : List.of("test_accuracy", "test_auc", "test_ap", "embedding_seconds", "training_flops")) {
            assertTrue(s.has(key), key + " missing in " + s);
        }
        assertEquals("link", s.get("task").asText());
        assertEquals(8, s.get("config").get("embedding").get("dimension").asInt());
        assertEquals(128, s.get("config").get("hidden").get(0).asInt());
        assertTrue(s.get("test_auc").asDouble() > 0.5, s.toString());

        // same graph, settings and seed again: the embedding comes from the cache
        Path again = tmp.resolve("again");
        CliRunner r2 = CliRunner.run("train", "--task", "link", "--embedding-dim", "8", "--walk-length", "20",
                "--epochs", "1", "--embedding-topk", "3.28", "--out", again.toString());
        assertEquals(0, r2.exitCode(), r2.err());
        JsonNode s2 = new ObjectMapper().readTree(again.resolve("summary.json").toFile());
        assertEquals(1.0, s2.get("embedding_cached").asDouble());
        assertEquals(1 - 0.0328, s2.get("embedding_sparsity").asDouble(), 0.001);
    }

    @Test
    void sweepRunsLinkTasks() throws Exception {
        Path out = tmp.resolve("sweep");
        CliRunner r = CliRunner.run("sweep", "--task", "link", "--embedding-dim", "8", "--walk-length", "20",
                "--epochs", "2", "--methods", "dense,rigl", "--sparsities", "0.5", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(Files.readString(out.resolve("sweep_summary.md")).contains("test_auc"), "link sweeps tabulate ROC-AUC");
    }

    @Test
    void embedCommandWritesAnNpz() throws Exception {
        Path out = tmp.resolve("emb.npz");
        CliRunner r = CliRunner.run("embed", "--embedding", "node2vec", "--p", "0.5", "--q", "2", "--embedding-dim", "4",
                "--walk-length", "10", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        try (ZipFile z = new ZipFile(out.toFile())) {
            assertTrue(z.getEntry("embedding.npy") != null);
        }
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void badLinkOptionsAreUsageErrors() {
        CliRunner gcn = CliRunner.run("train", "--task", "link", "--model", "gcn", "--out", tmp.resolve("x").toString());
        assertEquals(2, gcn.exitCode(), gcn.err());
        assertTrue(gcn.err().contains("--model must be fnn for link prediction"), gcn.err());
        CliRunner feat = CliRunner.run("train", "--task", "link", "--edge-feature", "sum", "--out", tmp.resolve("y").toString());
        assertEquals(2, feat.exitCode(), feat.err());
        assertTrue(feat.err().contains("--edge-feature must be one of hadamard, concat, l1, l2, is 'sum'"), feat.err());
        CliRunner p = CliRunner.run("embed", "--embedding", "deepwalk", "--p", "2", "--out", tmp.resolve("z.npz").toString());
        assertEquals(2, p.exitCode(), p.err());
        assertTrue(p.err().contains("p and q apply to node2vec only"), p.err());
    }
}
