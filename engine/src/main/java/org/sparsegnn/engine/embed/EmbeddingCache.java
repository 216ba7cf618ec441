package org.sparsegnn.engine.embed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.sparsegnn.engine.graph.DenseMatrix;
import org.sparsegnn.engine.graph.io.Npy;

/**
 * Embeddings on disk, one .npy per (graph structure, parameters), named by a SHA-256 of both: the same walks on
 * the same graph are never trained twice, and any change to an edge or a parameter misses the cache. Writes go
 * to a temporary file that is then moved into place, so a crash never leaves a truncated entry behind.
 */
public final class EmbeddingCache {
    private static final String FORMAT = "sparsegnn-embedding-v1";
    private final Path dir;

    public EmbeddingCache(Path dir) {
        this.dir = dir;
    }

    /** {@code -Dsparsegnn.cache=DIR}/embeddings, else ~/.cache/sparsegnn/embeddings. */
    public static EmbeddingCache defaultLocation() {
        String base = System.getProperty("sparsegnn.cache");
        Path root = base != null ? Path.of(base) : Path.of(System.getProperty("user.home"), ".cache", "sparsegnn");
        return new EmbeddingCache(root.resolve("embeddings"));
    }

    public Path directory() {
        return dir;
    }

    public static String key(WalkGraph graph, EmbeddingParams params) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(FORMAT.getBytes(StandardCharsets.UTF_8));
            sha.update(params.cacheKey().getBytes(StandardCharsets.UTF_8));
            sha.update(ints(graph.indptr()));
            sha.update(ints(graph.indices()));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static ByteBuffer ints(int[] a) {
        ByteBuffer b = ByteBuffer.allocate(4 * a.length);
        b.asIntBuffer().put(a);
        return b;
    }

    public Path fileFor(String key) {
        return dir.resolve(key + ".npy");
    }

    public Optional<DenseMatrix> load(String key) {
        Path f = fileFor(key);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            return Optional.of(Npy.readMatrix(Files.readAllBytes(f), f.toString()));
        } catch (IOException e) {
            return Optional.empty(); // an unreadable entry is recomputed and overwritten
        }
    }

    public void store(String key, DenseMatrix embedding) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, key, ".tmp");
        Files.write(tmp, Npy.encode(embedding));
        Files.move(tmp, fileFor(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
