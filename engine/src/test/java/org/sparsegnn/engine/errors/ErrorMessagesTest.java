package org.sparsegnn.engine.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exceptions whose own message is a bare path, or nothing, come out as sentences without Java class names. */
class ErrorMessagesTest {
    @TempDir
    Path tmp;

    private static String sentence(Throwable t) {
        String m = ErrorMessages.describe(t);
        assertFalse(m.contains("Exception") || m.contains("java."), "no Java class names: " + m);
        assertEquals(1, m.lines().count(), m);
        return m;
    }

    @Test
    void fileSystemExceptionsSayWhatIsWrongWithThePath() {
        assertEquals("/data/x.npz does not exist", sentence(new NoSuchFileException("/data/x.npz")));
        assertEquals("no permission to access /etc/shadow", sentence(new AccessDeniedException("/etc/shadow")));
        assertEquals("/etc/passwd already exists", sentence(new FileAlreadyExistsException("/etc/passwd")));
        assertEquals("/tmp/f is not a folder", sentence(new NotDirectoryException("/tmp/f")));
        assertEquals("/mnt/cd: read-only file system", sentence(new FileSystemException("/mnt/cd", null, "Read-only file system")));
    }

    @Test
    void realFileSystemFailuresNameTheFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        IOException underAFile = assertThrows(IOException.class, () -> Files.createDirectories(file.resolve("sub")));
        assertTrue(sentence(underAFile).contains(file.toString()), sentence(underAFile));
        IOException missing = assertThrows(IOException.class, () -> Files.readAllBytes(tmp.resolve("missing.bin")));
        assertEquals(tmp.resolve("missing.bin") + " does not exist", sentence(missing));
    }

    @Test
    void wrappersWithoutWordsOfTheirOwnAreSeenThrough() {
        NoSuchFileException cause = new NoSuchFileException("/x");
        assertEquals("/x does not exist", sentence(new UncheckedIOException(cause)));
        assertEquals("/x does not exist", sentence(new RuntimeException(cause.toString(), cause)));
        assertEquals("/x does not exist", sentence(new CompletionException(new UncheckedIOException(cause))));
        assertEquals("cannot write the run record in /r: /x does not exist",
                sentence(new UncheckedIOException("cannot write the run record in /r: /x does not exist", cause)));
    }

    @Test
    void messageLessErrorsStillSaySomething() {
        assertTrue(sentence(new ConnectException()).contains("could not be reached"));
        assertTrue(sentence(new IOException()).contains("read or write error"));
        assertTrue(ErrorMessages.describe(new NullPointerException()).startsWith("internal error"));
        assertEquals("first line", sentence(new IllegalArgumentException("first line\nsecond line")));
    }

    @Test
    void anUnreachableHostIsANetworkProblemInWords() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closedPort + "/x")).build();
        IOException e = assertThrows(IOException.class, () -> client.send(request, HttpResponse.BodyHandlers.discarding()));
        assertTrue(ErrorMessages.isNetworkProblem(e));
        assertTrue(sentence(e).contains("could not be reached"), sentence(e));
        assertFalse(ErrorMessages.isNetworkProblem(new NoSuchFileException("/x")));
    }
}
