package org.sparsegnn.engine.graph.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.sparsegnn.engine.errors.ErrorMessages;

/**
 * Fetches one file over HTTP(S) into a folder, safely: the bytes go to a temporary file beside the target, their
 * SHA-256 is checked against the pinned value, and only then is the file renamed into place atomically. On any
 * failure (HTTP error, size or hash mismatch, interruption) the temporary file is deleted, so the cache never
 * holds a partial or unverified file.
 */
final class VerifiedDownload {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30))
            .build();

    private VerifiedDownload() {
    }

    /**
     * @param sha256  expected lower-case hex digest
     * @param size    expected size in bytes (also the cap on what is accepted)
     */
    static void fetch(URI url, Path target, String sha256, long size, DownloadListener listener) throws GraphFormatException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(2)).GET().build();
            HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new GraphFormatException(target, "download failed: HTTP " + response.statusCode() + " for " + url);
                }
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long done = 0;
                byte[] buf = new byte[1 << 16];
                listener.progress(target.getFileName().toString(), 0, size);
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    int r;
                    while ((r = in.read(buf)) >= 0) {
                        done += r;
                        if (done > size) {
                            throw new GraphFormatException(target, "download from " + url + " is larger than the expected " + size + " bytes");
                        }
                        digest.update(buf, 0, r);
                        out.write(buf, 0, r);
                        listener.progress(target.getFileName().toString(), done, size);
                    }
                }
                String actual = HexFormat.of().formatHex(digest.digest());
                if (!actual.equals(sha256)) {
                    throw new GraphFormatException(target, "SHA-256 mismatch for " + url + ": expected " + sha256 + ", got "
                            + actual + " (" + done + " bytes); nothing was kept");
                }
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (GraphFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new GraphFormatException(target, "could not download " + url + ": " + ErrorMessages.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphFormatException(target, "download from " + url + " interrupted", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a leftover .part file is ignored by every reader
                }
            }
        }
    }

    /** SHA-256 of a file, lower-case hex. */
    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int r;
            while ((r = in.read(buf)) >= 0) d.update(buf, 0, r);
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
