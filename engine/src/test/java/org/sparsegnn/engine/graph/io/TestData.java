package org.sparsegnn.engine.graph.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Locates the shared real datasets (system property {@code sparsegnn.data}, else ../shared/data upwards). */
public final class TestData {
    private TestData() {
    }

    /** The data folder, or a skipped test (with the reason printed) when it is absent. */
    public static Path dir() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("sparsegnn.data");
        if (prop != null && !prop.isBlank()) candidates.add(Path.of(prop));
        candidates.add(Path.of("../shared/data"));
        candidates.add(Path.of("../../shared/data"));
        for (Path p : candidates) {
            if (Files.isDirectory(p.resolve("cora"))) return p.toAbsolutePath().normalize();
        }
        String reason = "real data folder not found (tried " + candidates + "); skipping";
        System.out.println(reason);
        assumeTrue(false, reason);
        return null;
    }

    public static Path file(String relative) {
        Path p = dir().resolve(relative);
        assumeTrue(Files.exists(p), "missing " + p);
        return p;
    }

    /** Lines of a TAB-separated file split into int fields. */
    public static List<int[]> intRows(Path file) throws IOException {
        List<int[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            int[] r = new int[f.length];
            for (int i = 0; i < f.length; i++) r[i] = Integer.parseInt(f[i].trim());
            out.add(r);
        }
        return out;
    }

    public static int[] intColumn(Path file, int column) throws IOException {
        return intRows(file).stream().mapToInt(r -> r[column]).toArray();
    }
}
