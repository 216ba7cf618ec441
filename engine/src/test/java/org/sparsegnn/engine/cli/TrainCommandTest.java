package org.sparsegnn.engine.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
    @TempDir
    Path tmp;

    @Test
    void trainsTheEmbeddedSampleAndWritesSummaryAndEpochs() throws Exception {
        Path out = tmp.resolve("run");
        CliRunner r = CliRunner.run("train", "--epochs", "4", "--seeds", "2", "--seed", "7", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("backend CPU"), r.out());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        for (String key : List.of("dataset", "model", "method", "seeds", "test_accuracy", "test_accuracy_std",
                "val_accuracy", "epoch_ms_median", "wall_seconds", "backend", "sparsity", "training_flops",
                "dense_training_flops", "flops_ratio", "best_epoch")) {
            assertTrue(s.has(key), key + " missing in " + s);
        }
        assertEquals("sbm-7class", s.get("dataset").asText());
        assertEquals("gcn", s.get("model").asText());
        assertEquals("dense", s.get("method").asText());
        assertEquals(2, s.get("seeds").asInt());
        assertTrue(s.get("layer_sparsity").has("gcn.layer1.weight"), s.toString());
        assertFalse(s.has("layer_sparsity.gcn.layer1.weight"), "layer sparsity is nested");
        List<String> lines = Files.readAllLines(out.resolve("epochs.csv"));
        assertEquals(RunTable.HEADER, lines.get(0));
        assertEquals(1 + 2 * 4, lines.size());
        assertTrue(lines.get(1).startsWith("7,1,train,"), lines.get(1));
        assertTrue(lines.get(8).startsWith("8,4,train,"), lines.get(8));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(out), files.toList(), "no temporary folder left behind");
        }
    }

    @Test
    void fnnWithHiddenSizesAndRandomSplit() throws Exception {
        Path out = tmp.resolve("fnn");
        CliRunner r = CliRunner.run("train", "--model", "fnn", "--hidden", "32,16", "--epochs", "3", "--split", "random",
                "--optimizer", "sgd", "--momentum", "0.9", "--nesterov", "--lr", "0.05", "--lr-schedule", "cosine",
                "--batch-size", "64", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("fnn", s.get("model").asText());
        assertEquals(List.of(32, 16), List.of(s.get("config").get("hidden").get(0).asInt(), s.get("config").get("hidden").get(1).asInt()));
        assertTrue(s.get("layer_sparsity").has("fnn.layer3.weight"));
    }

    @Test
    void summaryHasTimeByKindAndTheKernelsOfEveryLayer() throws Exception {
        Path out = tmp.resolve("kernels");
        CliRunner r = CliRunner.run("train", "--model", "fnn", "--hidden", "32,16", "--epochs", "3", "--batch-size", "64",
                "--method", "rigl", "--sparsity", "0.9", "--distribution", "uniform", "--kernels", "sparse", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        for (String kind : List.of("forward", "backward", "optimizer", "mask_update", "other")) {
            assertTrue(s.get("epoch_ms_by_kind").get(kind).asDouble() >= 0, kind + " in " + s.get("epoch_ms_by_kind"));
        }
        assertTrue(s.get("epoch_ms_by_kind").get("forward").asDouble() > 0);
        for (String layer : List.of("fnn.layer1.weight", "fnn.layer2.weight", "fnn.layer3.weight")) {
            assertEquals("sparse", s.get("kernel_by_layer").get(layer).asText(), s.get("kernel_by_layer").toString());
        }
        assertEquals(0, s.get("kernel_switches").size());
        assertTrue(s.get("epoch_ms_by_layer").get("fnn.layer2.weight").asDouble() > 0, s.get("epoch_ms_by_layer").toString());
        assertEquals("sparse", s.get("config").get("kernels").asText());
        String header = Files.readAllLines(out.resolve("epochs.csv")).get(0);
        assertTrue(header.endsWith(",forward_ms,backward_ms,optimizer_ms,mask_update_ms,other_ms"), header);

        CliRunner bad = CliRunner.run("train", "--kernels", "fast", "--epochs", "1", "--out", tmp.resolve("bad").toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("unknown kernels 'fast'; known: auto, dense, sparse"), bad.err());
    }

    /** The sample's 140 training nodes give one step per epoch at the paper's batch of 1024: the preset adapts. */
    @Test
    void paperPresetAdaptsToTheGraphAndSaysSo() throws Exception {
        String[] slr = {"train", "--model", "fnn", "--method", "slr", "--sparsity", "0.5", "--param", "dense_epochs=1",
                "--param", "reweight_epochs=1", "--param", "retrain_epochs=1"};
        Path out = tmp.resolve("paper");
        CliRunner r = CliRunner.run(concat(slr, "--preset", "paper", "--out", out.toString()));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("preset paper, adapted to sbm-7class (the paper's exact values: --preset paper-literal):"), r.out());
        assertTrue(r.out().contains("batch_size 1024 → 16: 140 training examples make 1 optimizer step(s) per epoch"), r.out());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode a = s.get("preset_adaptations");
        assertEquals(List.of("optimizer", "batch_size"), List.of(a.get(0).get("setting").asText(), a.get(1).get("setting").asText()));
        assertEquals("adam", s.get("config").get("optimizer").asText());
        assertEquals(16, s.get("config").get("batchSize").asInt());

        Path literal = tmp.resolve("literal");
        r = CliRunner.run(concat(slr, "--preset", "paper-literal", "--out", literal.toString()));
        assertEquals(0, r.exitCode(), r.err());
        JsonNode l = new ObjectMapper().readTree(literal.resolve("summary.json").toFile());
        assertEquals(0, l.get("preset_adaptations").size());
        assertEquals(1024, l.get("config").get("batchSize").asInt());
        assertEquals("sgd", l.get("config").get("optimizer").asText());

        Path explicit = tmp.resolve("explicit"); // an explicit option is never adapted
        r = CliRunner.run(concat(slr, "--preset", "paper", "--batch-size", "1024", "--out", explicit.toString()));
        assertEquals(0, r.exitCode(), r.err());
        JsonNode e = new ObjectMapper().readTree(explicit.resolve("summary.json").toFile());
        assertEquals(1024, e.get("config").get("batchSize").asInt());
        assertEquals(1, e.get("preset_adaptations").size(), "only the optimizer");
    }

    /** The paper's Fig. 6 input: a GCN on node embeddings instead of the graph's features. */
    @Test
    void gcnOnNodeEmbeddings() throws Exception {
        Path out = tmp.resolve("gcn-embedding");
        CliRunner r = CliRunner.run("train", "--model", "gcn", "--embedding", "deepwalk", "--embedding-dim", "8",
                "--walk-length", "10", "--walks-per-node", "2", "--embedding-topk", "26.2", "--epochs", "3",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("gcn", s.get("model").asText());
        assertEquals(26.2, s.get("config").get("embedding").get("topkPercent").asDouble());
        assertTrue(s.get("layer_sparsity").has("gcn.layer1.weight"), s.toString());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private void assertUsageError(String expectedInMessage, String... args) {
        Path out = tmp.resolve("bad");
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--out";
        full[args.length + 1] = out.toString();
        CliRunner r = CliRunner.run(full);
        assertEquals(2, r.exitCode(), "exit code for " + List.of(args) + ": " + r.err());
        String err = r.err().strip();
        assertTrue(err.startsWith("error: "), err);
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.contains(expectedInMessage), err + " should mention " + expectedInMessage);
        assertFalse(Files.exists(out), "nothing written for a bad run");
    }

    @Test
    void badArgumentsAndFilesGiveOneLineAndExitCode2() throws Exception {
        assertUsageError("--bogus", "train", "--bogus");
        assertUsageError("--dropout", "train", "--dropout", "1.5");
        assertUsageError("'transformer'", "train", "--model", "transformer");
        assertUsageError("'nope'", "train", "--method", "nope");
        assertUsageError("'adagrad'", "train", "--optimizer", "adagrad", "--epochs", "1");
        assertUsageError("'weird'", "train", "--split", "weird", "--epochs", "1");
        assertUsageError("--epochs", "train", "--epochs", "0");
        assertUsageError("--seeds", "train", "--seeds", "0");
        assertUsageError("no-such-file", "train", "--graph", tmp.resolve("no-such-file.txt").toString());
        Path garbage = tmp.resolve("garbage.mtx");
        Files.writeString(garbage, "%%MatrixMarket matrix coordinate\nthis is not a header\n");
        assertUsageError("garbage.mtx", "train", "--graph", garbage.toString());
        assertUsageError("--hidden", "train", "--hidden", "16,x");
        assertUsageError("one size", "train", "--model", "gcn", "--hidden", "16,8");
    }

    @Test
    void outThatIsAFileIsRefusedBeforeTraining() throws Exception {
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        CliRunner r = CliRunner.run("train", "--epochs", "1", "--out", file.toString());
        assertEquals(2, r.exitCode());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void outBelowAFileNamesThatFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        CliRunner r = CliRunner.run("train", "--epochs", "1", "--out", file.resolve("x").toString());
        assertEquals(2, r.exitCode());
        assertEquals("error: --out " + file.resolve("x") + " cannot be created: " + file + " is a file, not a folder",
                r.err().strip());
    }

    @Test
    void aDataDirThatDoesNotExistIsAnErrorNotAFolderToCreate() throws Exception {
        Path missing = tmp.resolve("no-such-dir").resolve("at-all");
        CliRunner r = CliRunner.run("train", "--dataset", "cora", "--data-dir", missing.toString(), "--epochs", "1",
                "--out", tmp.resolve("out").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("error: --data-dir " + missing + " does not exist", r.err().strip());
        assertFalse(Files.exists(tmp.resolve("no-such-dir")), "nothing created");
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        CliRunner f = CliRunner.run("train", "--dataset", "karate", "--data-dir", file.toString(), "--epochs", "1",
                "--out", tmp.resolve("out").toString());
        assertEquals(2, f.exitCode(), f.err());
        assertEquals("error: --data-dir " + file + " is not a folder", f.err().strip());
    }

    @Test
    void aDivergingRunStopsWithOneLineAndExitCode3() {
        Path out = tmp.resolve("diverged");
        CliRunner r = CliRunner.run("train", "--lr", "1e9", "--epochs", "50", "--out", out.toString());
        assertEquals(Main.EXIT_DIVERGED, r.exitCode(), r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.matches("error: seed 0: training diverged at epoch \\d+: the loss grew from .*; the learning rate "
                + "\\(1\\.00e\\+09\\) is probably too high, try a smaller one"), err);
        assertTrue(CliRunner.run("train", "--help").out().contains("3   training diverged"), "documented in --help");
    }

    @Test
    void benchReportsTheBreakdown() {
        CliRunner r = CliRunner.run("bench", "--warmup", "2", "--measure", "5");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("by kind (ms per epoch): forward "), r.out());
        assertFalse(r.out().contains("NaN"), r.out());
        assertTrue(r.out().contains("backend CPU"), r.out());
    }
}
