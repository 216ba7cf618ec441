package org.sparsegnn.engine.events;

/** What a FLOPs count was spent on. */
public enum FlopsKind {
    /** The forward pass of a training step. */
    FORWARD,
    /** Backward pass: gradients w.r.t. activations and weights (2 × forward, paper §III-C). */
    BACKWARD,
    /** Extra cost of a dense weight gradient at a drop-and-grow update (f_D − f_S of the weight gradient). */
    GROWTH_GRADIENT
}
