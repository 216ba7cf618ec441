package org.sparsegnn.cluster;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared real datasets (system property {@code sparsegnn.data}, set by the build to ../shared/data): tests that
 * need Cora are skipped, with the reason printed, on a checkout without that folder (no test may download).
 */
final class SharedData {
    private SharedData() {
    }

    /** The data folder holding Cora, or a skipped test. */
    static String withCora() {
        String dir = System.getProperty("sparsegnn.data");
        boolean present = dir != null && !dir.isBlank() && Files.isDirectory(Path.of(dir, "cora"));
        String reason = "shared data folder with cora/ not found (sparsegnn.data=" + dir + "); skipping the Cora part";
        if (!present) System.out.println(reason);
        assumeTrue(present, reason);
        return dir;
    }
}
