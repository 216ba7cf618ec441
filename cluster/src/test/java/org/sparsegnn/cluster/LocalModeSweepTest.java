package org.sparsegnn.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.TaskContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.engine.report.SweepFailure;
import org.sparsegnn.engine.sparsity.AbstractSparsityMethod;
import org.sparsegnn.engine.sparsity.SparsityMethods;

/** The Spark sweep in local mode against the engine's own in-process sweep, number by number. */
class LocalModeSweepTest {
    @TempDir
    Path tmp;

    @Test
    @Tag("slow")
    void localModeGivesExactlyTheInProcessSweepsNumbersAndARerunTrainsNothing() throws Exception {
        for (String dataset : List.of("two-clubs", "cora")) {
            List<String> args = new ArrayList<>(List.of("--dataset", dataset, "--methods", "rigl,set", "--sparsities",
                    "0.5,0.9", "--seeds", "2", "--epochs", "12", "--param", "delta_t=4"));
            if (dataset.equals("cora")) args.addAll(List.of("--data-dir", SharedData.withCora())); // two-clubs is built in
            Path inProcess = tmp.resolve(dataset + "-engine"), spark = tmp.resolve(dataset + "-spark");
            CliCapture engine = CliCapture.run(org.sparsegnn.engine.cli.Main::run, with(args, "sweep", "--out", inProcess.toString()));
            assertEquals(0, engine.exitCode(), engine.err());
            CliCapture r = CliCapture.run(Main::run, with(args, "sweep", "--master", "local[2]", "--out", spark.toString()));
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("Spark UI: http://"), r.out());
            assertTrue(r.out().contains("on local[2,"), "local mode gets a task failure count: " + r.out());
            assertTrue(r.out().contains("[8/8] "), r.out());
            SweepFolders.assertSameNumbers(inProcess, spark);

            Map<String, Long> written = summaryTimes(spark);
            r = CliCapture.run(Main::run, with(args, "sweep", "--master", "local[2]", "--out", spark.toString()));
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("all 8 trials finished already"), r.out());
            assertFalse(r.out().contains("Spark UI"), "no Spark job when nothing is left to train");
            assertEquals(written, summaryTimes(spark), "no trial retrained");
            SweepFolders.assertSameNumbers(inProcess, spark);
        }
    }

    @Test
    void aTrialThatThrowsIsRetriedThenRecordedAsFailedAndTheSweepGoesOn() throws Exception {
        SparsityMethods.register("flaky", () -> new Faulty("flaky", false));
        SparsityMethods.register("broken", () -> new Faulty("broken", true));
        Path out = tmp.resolve("faults");
        CliCapture r = CliCapture.run(Main::run, "sweep", "--methods", "dense,flaky,broken", "--sparsities", "0.5",
                "--epochs", "3", "--retries", "1", "--master", "local[2]", "--out", out.toString());
        assertEquals(1, r.exitCode(), "a failed trial makes the exit code 1, after the sweep finished: " + r.err());
        assertTrue(r.out().contains("attempt 1 of flaky_s0.5_seed0 failed"), r.out());
        assertTrue(r.out().contains("broken_s0.5_seed0 FAILED after 2 attempt(s)"), r.out());
        assertTrue(r.err().contains("1 of 3 trials failed"), r.err());
        assertTrue(Files.isRegularFile(out.resolve("trials/flaky_s0.5_seed0/summary.json")), "retried and finished");
        assertTrue(Files.isRegularFile(out.resolve("trials/dense_s0_seed0/summary.json")));
        Path broken = out.resolve("trials/broken_s0.5_seed0");
        SweepFailure f = SweepFailure.read(Files.newInputStream(broken.resolve("failure.json")), "failure.json");
        assertEquals(2, f.attempts().size());
        assertTrue(f.message().contains("broken on purpose"), f.message());
        assertTrue(f.attempts().get(0).where().startsWith("executor driver on "), f.attempts().toString());
        assertTrue(Files.readString(broken.resolve("log.txt")).contains("broken on purpose"));
        assertTrue(Files.readString(out.resolve("sweep_summary.md")).contains("| broken_s0.5_seed0 | 2 |"));
        assertEquals(2, Files.readAllLines(out.resolve("sweep.csv")).size() - 1, "the two finished trials are merged");

        r = CliCapture.run(Main::run, "sweep", "--methods", "dense,flaky,broken", "--sparsities", "0.5",
                "--epochs", "3", "--retries", "0", "--master", "local[1]", "--out", out.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("2 finished already"), "a rerun retries only the failed trial: " + r.out());
        f = SweepFailure.read(Files.newInputStream(broken.resolve("failure.json")), "failure.json");
        assertEquals(3, f.attempts().size(), "the rerun's attempt is added to the record");
    }

    @Test
    void badInputIsOneSentenceAndExitCodeTwo() {
        CliCapture r = CliCapture.run(Main::run, "sweep", "--graph", tmp.resolve("nothing-here").toString(),
                "--methods", "rigl", "--sparsities", "0.5", "--out", tmp.resolve("x").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--graph " + tmp.resolve("nothing-here") + ": no such file or folder"), r.err());
        r = CliCapture.run(Main::run, "sweep", "--methods", "nosuch", "--sparsities", "0.5", "--out", tmp.resolve("x").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: unknown"), r.err());
        r = CliCapture.run(Main::run, "sweep", "--methods", "rigl", "--sparsities", "0.5", "--retries", "-1", "--out", "x");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--retries must be at least 0"), r.err());
    }

    private static String[] with(List<String> args, String command, String... more) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(List.of(more));
        all.addAll(args);
        return all.toArray(String[]::new);
    }

    static Map<String, Long> summaryTimes(Path sweep) throws Exception {
        Map<String, Long> m = new TreeMap<>();
        for (String id : SweepFolders.trialIds(sweep)) {
            m.put(id, Files.getLastModifiedTime(sweep.resolve("trials").resolve(id).resolve("summary.json")).toMillis());
        }
        return m;
    }

    /** Dense training that throws in a Spark task: always, or in the task's first attempt only. */
    static final class Faulty extends AbstractSparsityMethod {
        private final String id;
        private final boolean always;

        Faulty(String id, boolean always) {
            this.id = id;
            this.always = always;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String initialPhase() {
            TaskContext task = TaskContext.get();
            if (task != null && (always || task.attemptNumber() == 0)) {
                throw new IllegalStateException(id + " on purpose, attempt " + (task.attemptNumber() + 1));
            }
            return super.initialPhase();
        }
    }
}
