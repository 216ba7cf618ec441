package org.sparsegnn.engine.model;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sparsegnn.engine.nn.LayerInput;
import org.sparsegnn.engine.nn.Parameter;

/** A {@link Model} with explicit forward and backward passes, as the trainer drives it. */
public interface Network extends Model {
    /**
     * Output scores (logits) for the input rows. In training mode dropout is active and the pass is remembered
     * for {@link #backward}.
     */
    INDArray forward(LayerInput input, boolean training);

    /** Backpropagates dL/d(output) of the last training forward pass, overwriting every parameter's gradient. */
    void backward(INDArray outputGradient);

    /** Weights that receive L2 weight decay (GCN: the first layer only, as Kipf; FNN: all weights). */
    List<Parameter> decayedParameters();

    /** Weight name → "dense" or "sparse": the kernels each weight layer ran in the last forward pass. */
    Map<String, String> kernelByLayer();

    /** Weight name → nanoseconds spent in that layer's forward and backward passes so far (a running total). */
    Map<String, Long> layerNanos();
}
