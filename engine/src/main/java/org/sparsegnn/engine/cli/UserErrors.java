package org.sparsegnn.engine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions into the one-line messages the CLI prints, and tells user errors from internal ones. */
final class UserErrors {
    private UserErrors() {
    }

    static boolean isUserError(Throwable t) {
        return t instanceof IllegalArgumentException || t instanceof IOException || t instanceof UncheckedIOException;
    }

    static String oneLine(Throwable t) {
        String m;
        if (t instanceof NoSuchFileException e) m = "no such file: " + e.getFile();
        else if (t instanceof UncheckedIOException u && u.getCause() != null) m = oneLine(u.getCause());
        else m = t.getMessage();
        if (m == null || m.isBlank()) m = t.getClass().getSimpleName();
        else if (!isUserError(t)) m = t.getClass().getSimpleName() + ": " + m;
        return m.lines().findFirst().orElse(m);
    }
}
