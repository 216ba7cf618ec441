package org.sparsegnn.engine.nn;

import java.util.List;

/** Builds an optimizer by name ("adam" or "sgd"). */
public final class Optimizers {
    /** The names {@link #create} knows. */
    public static final List<String> NAMES = List.of("adam", "sgd");

    private Optimizers() {
    }

    public static Optimizer create(String name, double momentum, boolean nesterov) {
        return switch (name) {
            case "adam" -> new Adam();
            case "sgd" -> new Sgd(momentum, nesterov);
            default -> throw new IllegalArgumentException("unknown optimizer '" + name + "'; known: adam, sgd");
        };
    }
}
