package org.sparsegnn.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.record.Experiment;

/**
 * "Save experiment…" in a separate JVM ({@link SaveLoop}), killed with SIGKILL while it writes: the folder opens,
 * every run comes back whole or up to its last complete epoch, and a copy saved before is never lost.
 */
@Tag("slow")
class KilledSaveTest {
    @TempDir
    Path tmp;

    private static Process startSaveLoop(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(),
                dir.toString()).redirectErrorStream(true).start();
    }

    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
        p.waitFor(30, TimeUnit.SECONDS);
    }

    /** Kills the loop while its first save is writing: once the third run's log has begun. */
    private static void killDuringFirstSave(Path dir) throws Exception {
        Process p = startSaveLoop(dir);
        try {
            Path third = dir.resolve(String.format("run-%02d", 2)).resolve(Experiment.EVENTS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(third) && Files.size(third) > 0)) {
                assertTrue(p.isAlive() && System.nanoTime() < deadline, "the first save did not get to the third run");
                Thread.sleep(1);
            }
        } finally {
            kill(p);
        }
    }

    /** Kills the loop half way through its second save, over the first (the time the first took, halved). */
    private static void killDuringResave(Path dir) throws Exception {
        Process p = startSaveLoop(dir);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            Matcher saved = null;
            for (String l; saved == null && (l = out.readLine()) != null; ) {
                Matcher m = Pattern.compile("saved 1 in (\\d+) ms").matcher(l);
                if (m.matches()) saved = m;
            }
            assertTrue(saved != null && p.isAlive(), "the first save did not finish");
            Thread.sleep(Long.parseLong(saved.group(1)) / 2);
            System.out.println("first save took " + saved.group(1) + " ms; killed half way through the second");
        } finally {
            kill(p);
        }
    }

    /** Opens the folder as the app does; checks every run's epochs; returns how many runs came back whole. */
    private static int reopen(Path dir) throws Exception {
        List<List<TrainingEvent>> logs = ExperimentFolders.load(dir);
        RunStore store = new RunStore();
        int whole = 0;
        for (List<TrainingEvent> log : logs) {
            store.addReplayed(log);
            RunRecord r = store.get(log.get(0).runId());
            List<EpochCompleted> epochs = r.epochs();
            for (int i = 0; i < epochs.size(); i++) assertEquals(i + 1, epochs.get(i).epoch(), r.runId());
            TrainingEvent last = log.get(log.size() - 1);
            if (last instanceof RunFinished) {
                assertEquals(SaveLoop.EPOCHS, epochs.size(), r.runId() + " finished with every epoch");
                assertEquals(RunRecord.Status.FINISHED, r.status());
                assertEquals(SaveLoop.EPOCHS, r.masks().updateCount("w"), r.runId() + ": every mask update");
                whole++;
            } else {
                RunFailed cut = assertInstanceOf(RunFailed.class, last, r.runId());
                assertEquals(RunFailed.Kind.INTERRUPTED, cut.kind());
                assertEquals(epochs.size(), cut.epoch());
                assertEquals(RunRecord.Status.INTERRUPTED, r.status());
                assertTrue(r.masks().updateCount("w") >= epochs.size(), "the mask updates of the complete epochs");
            }
        }
        return whole;
    }

    @Test
    @Timeout(300)
    void aKilledFirstSaveKeepsWhatItWroteAndAKilledResaveKeepsTheEarlierCopy() throws Exception {
        Path first = tmp.resolve("first");
        killDuringFirstSave(first);
        int whole = reopen(first);
        System.out.printf("killed in the first save: %d runs reopen whole, %d in all%n", whole,
                ExperimentFolders.load(first).size());
        assertTrue(whole >= 2 && whole < SaveLoop.RUNS, whole + " runs whole: the kill came while the third run was written");

        Path again = tmp.resolve("again");
        killDuringResave(again);
        assertEquals(SaveLoop.RUNS, reopen(again), "every run saved before is still whole");
    }
}
