package org.sparsegnn.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.record.Experiment;

/**
 * {@code train --out} in a separate JVM, killed with SIGKILL (destroyForcibly) mid-run: the folder keeps every
 * completed epoch, each file whole, and the run record reopens up to its last complete epoch.
 */
@Tag("slow")
class KilledTrainingTest {
    @TempDir
    Path tmp;

    /** Starts {@code train} in a child JVM and kills it once epochs.csv holds at least {@code rows} epochs. */
    private static void trainAndKill(Path out, int rows) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "train", "--method", "rigl", "--sparsity", "0.8", "--param", "delta_t=3", "--epochs", "100000",
                "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (dataRows(out.resolve(TrainCommand.EPOCHS)) < rows) {
                assertTrue(p.isAlive(), "the training process ended early: "
                        + Files.readString(out.resolveSibling(out.getFileName() + ".log")));
                assertTrue(System.nanoTime() < deadline, "no " + rows + " epochs within 120 s");
                Thread.sleep(2);
            }
        } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static long dataRows(Path csv) throws Exception {
        if (!Files.exists(csv)) return 0;
        try (Stream<String> lines = Files.lines(csv)) {
            return Math.max(0, lines.count() - 1);
        }
    }

    /** Epoch numbers in a CSV whose lines must all be whole: ending in a newline, with every column. */
    private static List<Integer> epochColumn(Path csv, int column) throws Exception {
        String text = Files.readString(csv);
        assertTrue(text.endsWith("\n"), csv + " ends inside a line");
        List<String> lines = text.lines().toList();
        int columns = lines.get(0).split(",", -1).length;
        for (String l : lines) assertEquals(columns, l.split(",", -1).length, csv + ": a cut line: " + l);
        return lines.stream().skip(1).map(l -> Integer.parseInt(l.split(",")[column])).toList();
    }

    private static void assertConsecutive(List<Integer> epochs, String what) {
        for (int i = 0; i < epochs.size(); i++) assertEquals(i + 1, epochs.get(i), what + ": epochs " + epochs);
    }

    @Test
    @Timeout(300)
    void aKilledRunKeepsEveryCompletedEpochAndReopens() throws Exception {
        Path out = tmp.resolve("out");
        for (int rows : new int[] {3, 40}) { // the second run reuses the folder the first was killed in
            trainAndKill(out, rows);
            List<Integer> csv = epochColumn(out.resolve(TrainCommand.EPOCHS), 1);
            assertTrue(csv.size() >= rows, csv.size() + " epochs in epochs.csv");
            assertConsecutive(csv, "epochs.csv");

            Path record = out.resolve(TrainCommand.RUNS).resolve("seed-0");
            Experiment reopened = Experiment.load(record);
            assertNotNull(reopened.config());
            List<Integer> logged = reopened.epochs().stream().map(EpochCompleted::epoch).toList();
            assertConsecutive(logged, "events.jsonl");
            int n = logged.size();
            assertTrue(n == csv.size() || n == csv.size() + 1,
                    "the log holds the completed epochs (" + n + ") that epochs.csv has (" + csv.size() + "), or one more");
            List<TrainingEvent> events = reopened.events();
            RunFailed end = assertInstanceOf(RunFailed.class, events.get(events.size() - 1));
            assertEquals(RunFailed.Kind.INTERRUPTED, end.kind());
            assertEquals(n, end.epoch());
            assertInstanceOf(EpochCompleted.class, events.get(events.size() - 2), "nothing of the unfinished epoch");
            List<Integer> recordCsv = epochColumn(record.resolve("epochs.csv"), 0);
            assertConsecutive(recordCsv, "the run record's epochs.csv");
            assertTrue(recordCsv.size() == n || recordCsv.size() == n - 1, recordCsv.size() + " vs " + n);

            assertFalse(Files.exists(out.resolve(TrainCommand.SUMMARY)), "no summary of an unfinished run");
            assertFalse(Files.exists(out.resolve(TrainCommand.MASKS)), "no masks of an unfinished run");
            try (Stream<Path> files = Files.walk(out)) {
                assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
            }
            System.out.printf("killed after %d epochs in epochs.csv: the run record reopens with %d%n", csv.size(), n);
        }
        assertEquals(0, CliRunner.run("train", "--epochs", "3", "--out", out.toString()).exitCode(), "the folder is reusable");
        assertEquals(3, dataRows(out.resolve(TrainCommand.EPOCHS)));
        assertTrue(Files.exists(out.resolve(TrainCommand.SUMMARY)));
        assertEquals(3, Experiment.load(out.resolve(TrainCommand.RUNS).resolve("seed-0")).epochs().size());
    }
}
