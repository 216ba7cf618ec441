package org.sparsegnn.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep on a real standalone cluster (master and two workers in their own JVMs on the loopback interface):
 * one worker is killed, with its executor, while it holds a trial; the sweep still finishes every trial with the
 * in-process sweep's numbers, and a rerun trains nothing.
 */
@Tag("cluster")
@Tag("slow")
class StandaloneClusterSweepTest {
    private static final Pattern STARTED = Pattern.compile("started (\\S+) on executor (\\S+) ");

    @TempDir
    Path tmp;

    @Test
    void aWorkerDiesMidTrialAndTheSweepStillCompletesThenARerunTrainsNothing() throws Exception {
        String data = SharedData.withCora();
        List<String> sweep = List.of("--dataset", "cora", "--data-dir", data, "--methods", "rigl,set", "--sparsities",
                "0.5,0.9", "--epochs", "60", "--param", "delta_t=10");
        Path expected = tmp.resolve("in-process"), out = tmp.resolve("on-cluster");
        List<String> engineArgs = new ArrayList<>(List.of("sweep", "--out", expected.toString()));
        engineArgs.addAll(sweep);
        assertEquals(0, org.sparsegnn.engine.cli.Main.run(engineArgs.toArray(String[]::new)));

        try (StandaloneCluster cluster = new StandaloneCluster(tmp.resolve("cluster"))) {
            cluster.startMaster();
            Map<String, Process> workers = Map.of("worker-a", cluster.startWorker("worker-a"), "worker-b", cluster.startWorker("worker-b"));
            cluster.awaitWorkers(2, Duration.ofSeconds(90));

            List<String> killed = new ArrayList<>();
            Driver run = Driver.start(cluster, sweep, out, line -> {
                Matcher m = STARTED.matcher(line);
                if (!killed.isEmpty() || !m.find()) return false;
                for (var w : workers.entrySet()) {
                    if (launchedQuietly(cluster, w.getKey(), m.group(2))) {
                        StandaloneCluster.killTree(w.getValue()); // the worker holds this trial: its machine dies
                        killed.add(m.group(1));
                        killed.add(m.group(2));
                        return true;
                    }
                }
                return false;
            });
            assertEquals(0, run.exitCode(), run.output());
            assertFalse(killed.isEmpty(), "a worker was killed while it held a trial: " + run.output());
            assertTrue(run.output().contains(killed.get(0) + " was lost with executor " + killed.get(1)), run.output());
            assertTrue(run.output().contains("[4/4] "), run.output());
            SweepFolders.assertSameNumbers(expected, out);

            Map<String, Long> written = LocalModeSweepTest.summaryTimes(out);
            Driver rerun = Driver.start(cluster, sweep, out, line -> false);
            assertEquals(0, rerun.exitCode(), rerun.output());
            assertTrue(rerun.output().contains("all 4 trials finished already"), rerun.output());
            assertFalse(rerun.output().contains("started "), "no task at all: " + rerun.output());
            assertEquals(written, LocalModeSweepTest.summaryTimes(out), "nothing retrained");
        }
    }

    private static boolean launchedQuietly(StandaloneCluster cluster, String worker, String executor) {
        try {
            return cluster.launched(worker, executor);
        } catch (IOException e) {
            return false;
        }
    }

    /** The sweep's driver as its own JVM (as `java -cp … Main sweep --master spark://…` would run it). */
    private record Driver(int exitCode, String output) {
        static Driver start(StandaloneCluster cluster, List<String> sweep, Path out, Predicate<String> onLine) throws Exception {
            List<String> cmd = new ArrayList<>(List.of(StandaloneCluster.java(), "-Xmx1g"));
            cmd.addAll(StandaloneCluster.jvmFlags());
            cmd.addAll(List.of("-Dspark.driver.host=" + StandaloneCluster.HOST, "-Dspark.executor.memory=1g",
                    "-Dspark.executor.extraClassPath=" + cluster.classFolders(), "-Dspark.ui.enabled=false",
                    "-cp", cluster.classPath(), Main.class.getName(), "sweep", "--master", cluster.masterUrl(),
                    "--out", out.toString()));
            cmd.addAll(sweep);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            cluster.environment(pb.environment());
            Process p = pb.start();
            Thread watchdog = new Thread(() -> { // a hung driver fails the test instead of blocking the build
                try {
                    if (!p.waitFor(240, TimeUnit.SECONDS)) StandaloneCluster.killTree(p);
                } catch (InterruptedException e) {
                    StandaloneCluster.killTree(p);
                }
            });
            watchdog.setDaemon(true);
            watchdog.start();
            StringBuilder output = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    output.append(line).append('\n');
                    onLine.test(line);
                }
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the driver ends after its output");
            System.out.print(output); // the driver's progress lines, for the build log
            return new Driver(p.exitValue(), output.toString());
        }
    }
}
