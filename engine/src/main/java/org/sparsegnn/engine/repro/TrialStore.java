package org.sparsegnn.engine.repro;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finished trials on disk, one JSON file per {@link Trial#key()}: a re-run of the reproduction reads them instead
 * of training again, and an interrupted one resumes at the first missing trial. Files are written to a temporary
 * name and moved into place, so a crash never leaves a half-written result; an unreadable file counts as missing.
 */
public final class TrialStore {
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path dir;
    private Map<String, Path> identities;

    public TrialStore(Path dir) {
        this.dir = dir;
    }

    public Path directory() {
        return dir;
    }

    private Path file(String key) {
        return dir.resolve(key + ".json");
    }

    public Optional<TrialResult> load(Trial trial) {
        Path f = file(trial.key());
        if (!Files.isRegularFile(f)) f = byIdentity().get(trial.key());
        return f == null ? Optional.empty() : read(f);
    }

    private static Optional<TrialResult> read(Path f) {
        try {
            return Optional.of(JSON.readValue(f.toFile(), TrialResult.class));
        } catch (IOException e) {
            return Optional.empty(); // trained again and overwritten
        }
    }

    /**
     * Stored results by the key their own settings give now: a file named by an older form of the key (written
     * before a setting that does not change results was added, or with another order of method parameters) is
     * still found. Built once per store from the folder.
     */
    private synchronized Map<String, Path> byIdentity() {
        if (identities != null) return identities;
        identities = new HashMap<>();
        if (!Files.isDirectory(dir)) return identities;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                read(f).ifPresent(r -> identities.putIfAbsent(r.trial().key(), f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the stored trials in " + dir, e);
        }
        return identities;
    }

    public void save(TrialResult result) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, result.key(), ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), result);
            try {
                Files.move(tmp, file(result.key()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(result.key()), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
