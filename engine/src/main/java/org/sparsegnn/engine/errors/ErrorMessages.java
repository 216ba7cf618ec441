package org.sparsegnn.engine.errors;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;

/**
 * Turns exceptions into one-line sentences for users: what went wrong and where, never a Java class name. Several
 * JDK exceptions carry only a path as their message ({@link NoSuchFileException}, {@link AccessDeniedException},
 * {@link FileAlreadyExistsException}, …) or none at all ({@link ConnectException} from the HTTP client); printing
 * {@code getMessage()} or {@code toString()} of those leaves the user guessing. Every front end (CLI, app) and the
 * engine's own wrapping messages go through {@link #describe}.
 */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /** One line saying what went wrong (the first line of a multi-line message). */
    public static String describe(Throwable t) {
        Throwable e = unwrap(t);
        String m = e instanceof IOException io ? io(io) : other(e);
        return m.lines().findFirst().orElse(m).strip();
    }

    /** Whether the failure is the network's (host unknown, unreachable, refused, timed out, TLS), not the data's. */
    public static boolean isNetworkProblem(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof UnknownHostException || e instanceof UnresolvedAddressException || e instanceof SocketException
                    || e instanceof SocketTimeoutException || e instanceof HttpTimeoutException || e instanceof SSLException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Strips wrappers that add nothing a user needs: an exception made from another without words of its own
     * ({@code new UncheckedIOException(e)}, futures' ExecutionException, reflection's InvocationTargetException,
     * {@code new RuntimeException(e)}) has a null message or its cause's {@code toString()}.
     */
    static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while (e.getCause() != null && e.getCause() != e && isWrapper(e)
                && (e.getMessage() == null || e.getMessage().equals(e.getCause().toString()))) {
            e = e.getCause();
        }
        return e;
    }

    private static boolean isWrapper(Throwable e) {
        return e.getClass() == RuntimeException.class || e.getClass() == IOException.class
                || e instanceof UncheckedIOException || e instanceof CompletionException || e instanceof ExecutionException
                || e instanceof InvocationTargetException || e instanceof UndeclaredThrowableException;
    }

    private static String io(IOException e) {
        String m = e.getMessage();
        if (e instanceof NoSuchFileException f) return path(f) + " does not exist";
        if (e instanceof AccessDeniedException f) return "no permission to access " + path(f);
        if (e instanceof NotDirectoryException f) return path(f) + " is not a folder";
        if (e instanceof DirectoryNotEmptyException f) return path(f) + " is a folder that is not empty";
        if (e instanceof FileAlreadyExistsException f) {
            return path(f) + " already exists" + (f.getReason() == null ? "" : " (" + lower(f.getReason()) + ")");
        }
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() == null ? "cannot be read or written" : lower(f.getReason());
            return path(f) + ": " + reason;
        }
        if (e instanceof UnknownHostException
                || e instanceof ConnectException && causedBy(e, UnresolvedAddressException.class)) {
            return "the host name could not be looked up (no network, or a wrong address)";
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "the host could not be reached (no network, or the server refused the connection)";
        }
        if (e instanceof SocketException) return "the connection broke off" + (m == null ? "" : " (" + lower(m) + ")");
        if (e instanceof SocketTimeoutException || e instanceof HttpTimeoutException) {
            return "the connection timed out (slow or no network)";
        }
        if (e instanceof SSLException) return "the secure connection failed" + (m == null ? "" : ": " + m);
        if (e instanceof EOFException) return "the data ends too early (a truncated file?)";
        if (e instanceof ZipException) return "not a valid zip archive" + (m == null ? "" : " (" + m + ")");
        if (e instanceof CharacterCodingException) return "not valid text in the expected encoding (UTF-8)";
        return m == null || m.isBlank() ? "a read or write error occurred" : m;
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) if (type.isInstance(e)) return true;
        return false;
    }

    private static String other(Throwable e) {
        String m = e.getMessage();
        if (e instanceof OutOfMemoryError) {
            return "out of memory" + (m == null ? "" : " (" + m + ")") + "; give Java more with -Xmx or use a smaller graph";
        }
        if (e instanceof StackOverflowError) return "the input is nested too deeply to process";
        if (m == null || m.isBlank()) {
            // a programming error without a message: the class name is all there is; the log has the stack trace
            return "internal error (" + e.getClass().getSimpleName() + "); please report it";
        }
        return m;
    }

    private static String path(FileSystemException f) {
        String file = f.getFile() == null ? "a file" : f.getFile();
        return f.getOtherFile() == null ? file : file + " → " + f.getOtherFile();
    }

    private static String lower(String reason) {
        return reason.isEmpty() ? reason : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
