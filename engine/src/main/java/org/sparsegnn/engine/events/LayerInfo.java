package org.sparsegnn.engine.events;

/**
 * Shape of one weight tensor of the model, as announced at run start.
 *
 * @param name     parameter name, e.g. {@code gcn.layer1.weight}
 * @param rows     fan-in (input features)
 * @param cols     fan-out (output features)
 * @param prunable whether a sparsity method may mask it (biases never are)
 */
public record LayerInfo(String name, int rows, int cols, boolean prunable) {
    public long size() {
        return (long) rows * cols;
    }
}
