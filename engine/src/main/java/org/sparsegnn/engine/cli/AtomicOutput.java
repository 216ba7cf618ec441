package org.sparsegnn.engine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a set of output files so that OUT never holds a half-written result: everything goes to a temporary
 * folder beside OUT first and is moved in only when complete.
 */
final class AtomicOutput {
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    void put(String name, byte[] content) {
        files.put(name, content);
    }

    void put(String name, String content) {
        put(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Checks early (before any training) that OUT is a folder or can be created as one. */
    static void checkTarget(Path out) {
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

    void commit(Path out) throws IOException {
        checkTarget(out);
        Path abs = out.toAbsolutePath();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + abs.getFileName() + ".tmp-");
        try {
            for (var e : files.entrySet()) Files.write(tmp.resolve(e.getKey()), e.getValue());
            Files.createDirectories(abs);
            for (String name : files.keySet()) {
                try {
                    Files.move(tmp.resolve(name), abs.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp.resolve(name), abs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        }
    }
}
