package org.sparsegnn.engine.graph.io;

/**
 * Thrown while unpickling when the stream asks for something outside the whitelist or is structurally wrong.
 * Unchecked because it has to travel through the pickle library's reflective calls; {@link SafeUnpickler} turns
 * it into a {@link GraphFormatException}.
 */
final class PickleRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PickleRefusedException(String message) {
        super(message);
    }
}
