package org.sparsegnn.engine.nn;

import java.util.List;

/** Learning rate per epoch (0-based) of a run of {@code totalEpochs} epochs. */
@FunctionalInterface
public interface LrSchedule {
    /** The names {@link #of} knows. */
    List<String> NAMES = List.of("constant", "exponential", "cosine");

    double lr(int epoch, int totalEpochs);

    static LrSchedule constant(double lr) {
        return (e, total) -> lr;
    }

    /** {@code lr · gamma^epoch}. */
    static LrSchedule exponential(double lr, double gamma) {
        return (e, total) -> lr * Math.pow(gamma, e);
    }

    /** Cosine annealing from lr to 0: {@code lr/2 · (1 + cos(π·epoch/total))}. */
    static LrSchedule cosine(double lr) {
        return (e, total) -> 0.5 * lr * (1 + Math.cos(Math.PI * e / Math.max(1, total)));
    }

    /** By name: "constant", "exponential" or "cosine". */
    static LrSchedule of(String name, double lr, double gamma) {
        return switch (name) {
            case "constant" -> constant(lr);
            case "exponential" -> exponential(lr, gamma);
            case "cosine" -> cosine(lr);
            default -> throw new IllegalArgumentException("unknown learning-rate schedule '" + name
                    + "'; known: constant, exponential, cosine");
        };
    }
}
