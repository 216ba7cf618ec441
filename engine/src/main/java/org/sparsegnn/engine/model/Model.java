package org.sparsegnn.engine.model;

import java.util.List;
import org.sparsegnn.engine.flops.LayerWorkload;
import org.sparsegnn.engine.nn.Parameter;

/** A trainable network built from nn layers (GCN, FNN, link-prediction FNN). */
public interface Model {
    /** "gcn", "fnn", … */
    String kind();

    /** All parameters, weights and biases, in layer order. */
    List<Parameter> parameters();

    /** Per weight layer, what it computes in one epoch (for the FLOPs model). */
    List<LayerWorkload> workloads();
}
