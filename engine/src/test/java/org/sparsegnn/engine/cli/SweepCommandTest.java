package org.sparsegnn.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    @TempDir
    Path tmp;

    @Test
    void sweepWritesCsvAndBothChartsInPngAndSvg() throws Exception {
        Path out = tmp.resolve("sweep");
        CliRunner r = CliRunner.run("sweep", "--methods", "dense,snip", "--sparsities", "0.5", "--epochs", "6",
                "--param", "delta_t=2", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("--param delta_t: none of the methods"), r.err());
        r = CliRunner.run("sweep", "--methods", "rigl", "--sparsities", "0.5", "--param", "delta_t=0", "--out", out.toString());
        assertEquals(2, r.exitCode(), "out-of-range values fail before training");
        assertTrue(r.err().contains("delta_t must be in"), r.err());

        r = CliRunner.run("sweep", "--methods", "dense,rigl,snip", "--sparsities", "0.5,0.9", "--seeds", "2",
                "--epochs", "6", "--param", "delta_t=2", "--out", out.toString()); // delta_t goes to rigl only
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(1 + 2 + 2 * 2 * 2, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("method,target_sparsity,seed,test_accuracy"));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("rigl,0.900000,1,")), rows.toString());
        for (String chart : List.of("accuracy_vs_sparsity", "accuracy_vs_epoch")) {
            assertTrue(Files.size(out.resolve(chart + ".png")) > 1000, chart);
            assertTrue(Files.readString(out.resolve(chart + ".svg")).contains("<svg"), chart);
        }
        assertTrue(Files.readString(out.resolve("sweep_summary.md")).contains("| snip |"));
        Path trial = out.resolve("trials/rigl_s0.9_seed1");
        for (String f : List.of("summary.json", "log.txt", "config.json", "events.jsonl", "epochs.csv", "masks.npz")) {
            assertTrue(Files.size(trial.resolve(f)) > 0, f);
        }
        assertEquals(2 + 2 * 2 * 2, Files.list(out.resolve("trials")).count(), "one folder per trial, no leftovers");
    }

    @Test
    void aRerunTrainsOnlyUnfinishedTrialsAndRefusesAnotherSweepsFolder() throws Exception {
        Path out = tmp.resolve("resume");
        String[] args = {"sweep", "--methods", "rigl,set", "--sparsities", "0.5", "--epochs", "4", "--out", out.toString()};
        assertEquals(0, CliRunner.run(args).exitCode());
        Path set = out.resolve("trials/set_s0.5_seed0");
        String csv = Files.readString(out.resolve("sweep.csv"));
        long rigl = Files.getLastModifiedTime(out.resolve("trials/rigl_s0.5_seed0/summary.json")).toMillis();
        deleteTree(set); // as if the sweep had stopped before that trial
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("1 of 2 trials finished already"), r.out());
        assertEquals(rigl, Files.getLastModifiedTime(out.resolve("trials/rigl_s0.5_seed0/summary.json")).toMillis());
        assertEquals(stripWall(csv), stripWall(Files.readString(out.resolve("sweep.csv"))), "the retrained trial gives the same numbers");

        r = CliRunner.run("sweep", "--methods", "rigl,set", "--sparsities", "0.5", "--epochs", "5", "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("was made by another sweep (epochs 4 there, 5 now)"), r.err());
    }

    @Test
    void aFailedTrialIsRecordedAndTheSweepGoesOn() throws Exception {
        Path out = tmp.resolve("failing");
        CliRunner r = CliRunner.run("sweep", "--methods", "dense,rigl", "--sparsities", "0.5", "--epochs", "3",
                "--prunable-layers", "gcn.layer1.weight", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        r = CliRunner.run("sweep", "--methods", "dense,rigl", "--sparsities", "0.5", "--epochs", "3",
                "--prunable-layers", "nosuch", "--out", tmp.resolve("failing2").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("2 of 2 trials failed"), r.err());
        Path trial = tmp.resolve("failing2/trials/rigl_s0.5_seed0");
        assertTrue(Files.readString(trial.resolve("failure.json")).contains("unknown prunable layer(s) [nosuch]"));
        assertTrue(Files.readString(trial.resolve("log.txt")).contains("FAILED"));
        assertTrue(Files.readString(tmp.resolve("failing2/sweep_summary.md")).contains("| rigl_s0.5_seed0 | 1 |"));
    }

    private static String stripWall(String csv) {
        return csv.lines().map(l -> l.substring(0, l.lastIndexOf(','))).reduce("", (a, b) -> a + b + "\n");
    }

    private static void deleteTree(Path p) throws java.io.IOException {
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }

    @Test
    void trainWritesMasksNpzAndTheIssuesSummaryKeys() throws Exception {
        Path out = tmp.resolve("run");
        CliRunner r = CliRunner.run("train", "--method", "rigl", "--sparsity", "0.8", "--distribution", "erk",
                "--epochs", "8", "--param", "delta_t=2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.size(out.resolve("masks.npz")) > 100);
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        for (String key : List.of("sparsity", "layer_sparsity", "training_flops", "dense_training_flops", "flops_ratio",
                "flops_ratio_paper", "exploration_rate")) {
            assertTrue(s.has(key), key + " missing in " + s);
        }
        assertEquals(0.8, s.get("sparsity").asDouble(), 1e-3);
        assertTrue(s.get("exploration_rate").asDouble() > 0.2, "drop/grow explored beyond the initial 20 %");
    }
}
