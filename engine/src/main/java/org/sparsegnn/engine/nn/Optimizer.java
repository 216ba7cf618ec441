package org.sparsegnn.engine.nn;

import java.util.List;

/** Updates parameters from their gradients (SGD with momentum / Nesterov, Adam). */
public interface Optimizer {
    /** One update of every parameter from its current gradient, at learning rate {@code lr}. */
    void step(List<Parameter> parameters, double lr);

    /** Forgets the per-weight state (momentum, Adam moments) of the given flat indices, e.g. for grown weights. */
    void resetState(Parameter parameter, int[] flatIndices);
}
