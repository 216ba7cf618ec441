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
import java.util.Optional;

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
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(f.toFile(), TrialResult.class));
        } catch (IOException e) {
            return Optional.empty(); // trained again and overwritten
        }
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
