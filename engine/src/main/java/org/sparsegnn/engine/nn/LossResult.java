package org.sparsegnn.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A loss value (mean over the rows it covers) and its gradient with respect to the logits. */
public record LossResult(double loss, INDArray gradient) {
}
