package org.sparsegnn.engine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.sparsegnn.engine.errors.ErrorMessages;

/** Turns exceptions into the one-line messages the CLI prints, and tells user errors from internal ones. */
final class UserErrors {
    private UserErrors() {
    }

    static boolean isUserError(Throwable t) {
        return t instanceof IllegalArgumentException || t instanceof IOException || t instanceof UncheckedIOException;
    }

    static String oneLine(Throwable t) {
        return ErrorMessages.describe(t);
    }
}
