package org.sparsegnn.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.sparsegnn.engine.report.SweepRun;
import org.sparsegnn.engine.report.SweepTrial;

/** Compares two sweep folders number by number (all but wall-clock times). */
final class SweepFolders {
    private SweepFolders() {
    }

    static SweepRun trial(Path sweep, String id) throws IOException {
        try (InputStream in = Files.newInputStream(sweep.resolve("trials").resolve(id).resolve(SweepTrial.SUMMARY))) {
            return SweepTrial.readSummary(in, id).run();
        }
    }

    static List<String> trialIds(Path sweep) throws IOException {
        try (var s = Files.list(sweep.resolve("trials"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every trial of {@code expected} is in {@code actual} with the same metrics, curve and masks. */
    static void assertSameNumbers(Path expected, Path actual) throws IOException {
        List<String> ids = trialIds(expected);
        assertEquals(ids, trialIds(actual), "the same trials, nothing else (no temporary folders)");
        for (String id : ids) {
            SweepRun e = trial(expected, id), a = trial(actual, id);
            assertEquals(e.metrics(), a.metrics(), id + " metrics");
            assertEquals(e.epochs(), a.epochs(), id + " accuracy curve");
            assertSameZipEntries(expected.resolve("trials").resolve(id).resolve("masks.npz"),
                    actual.resolve("trials").resolve(id).resolve("masks.npz"));
            assertEquals(withoutTimings(expected.resolve("trials").resolve(id).resolve("epochs.csv")),
                    withoutTimings(actual.resolve("trials").resolve(id).resolve("epochs.csv")), id + " epochs.csv");
        }
        assertEquals(withoutLastColumn(expected.resolve("sweep.csv")), withoutLastColumn(actual.resolve("sweep.csv")),
                "sweep.csv (wall_seconds aside)");
        assertEquals(Files.readString(expected.resolve("sweep_epochs.csv")), Files.readString(actual.resolve("sweep_epochs.csv")));
        assertEquals(Files.readString(expected.resolve("sweep_summary.md")), Files.readString(actual.resolve("sweep_summary.md")));
        for (String chart : List.of("accuracy_vs_sparsity.png", "accuracy_vs_epoch.svg")) assertTrue(Files.size(actual.resolve(chart)) > 1000);
    }

    private static void assertSameZipEntries(Path a, Path b) throws IOException {
        try (ZipFile za = new ZipFile(a.toFile()); ZipFile zb = new ZipFile(b.toFile())) {
            List<String> names = Collections.list(za.entries()).stream().map(ZipEntry::getName).toList();
            assertEquals(names, Collections.list(zb.entries()).stream().map(ZipEntry::getName).toList());
            for (String n : names) {
                try (InputStream ia = za.getInputStream(za.getEntry(n)); InputStream ib = zb.getInputStream(zb.getEntry(n))) {
                    assertArrayEquals(ia.readAllBytes(), ib.readAllBytes(), a + " " + n);
                }
            }
        }
    }

    /** The CSV without its *_ms columns (wall-clock times). */
    private static List<List<String>> withoutTimings(Path csv) throws IOException {
        List<String[]> rows = Files.readAllLines(csv).stream().map(l -> l.split(",", -1)).toList();
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < rows.get(0).length; i++) if (!rows.get(0)[i].endsWith("_ms")) keep.add(i);
        return rows.stream().map(r -> keep.stream().map(i -> r[i]).toList()).toList();
    }

    private static List<String> withoutLastColumn(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
    }
}
