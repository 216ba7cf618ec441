package org.sparsegnn.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A command's {@code --out} folder: checked before any work, cleared of an earlier run's results before writing. */
final class OutFolder {
    private OutFolder() {
    }

    /** Checks early (before any training) that OUT is a folder or can be created as one. */
    static void check(Path out) {
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) throw new IllegalArgumentException("--out " + out + " exists and is not a folder");
            if (!Files.isWritable(out)) throw new IllegalArgumentException("--out " + out + ": no permission to write into it");
            return;
        }
        for (Path p = out.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (!Files.exists(p)) continue;
            if (!Files.isDirectory(p)) {
                throw new IllegalArgumentException("--out " + out + " cannot be created: " + p + " is a file, not a folder");
            }
            if (!Files.isWritable(p)) {
                throw new IllegalArgumentException("--out " + out + " cannot be created: no permission to write into " + p);
            }
            return;
        }
    }

    /**
     * Creates OUT and deletes the given results of an earlier run in it (files, or folders with everything in
     * them), so that a run cut short never leaves its partial files beside another run's complete ones.
     */
    static void prepare(Path out, List<String> earlierResults) throws IOException {
        Files.createDirectories(out);
        for (String name : earlierResults) deleteTree(out.resolve(name));
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        }
    }
}
