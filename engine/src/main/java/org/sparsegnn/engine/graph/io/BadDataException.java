package org.sparsegnn.engine.graph.io;

/**
 * Thrown while decoding binary content (pickles, .npy arrays) that is refused or structurally wrong. Unchecked
 * because it has to travel through the pickle library's reflective calls; the loaders turn it into a
 * {@link GraphFormatException} naming the file.
 */
final class BadDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadDataException(String message) {
        super(message);
    }
}
