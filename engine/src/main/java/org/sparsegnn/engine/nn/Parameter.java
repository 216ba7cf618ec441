package org.sparsegnn.engine.nn;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trainable tensor with its gradient and (for prunable weights) its mask. Weight matrices are
 * fan_in × fan_out (rows = input features), float32, C order. Names are stable and hierarchical
 * ({@code gcn.layer1.weight}) because they key masks, events, FLOPs and exports.
 */
public final class Parameter {
    private final String name;
    private final INDArray value;
    private final INDArray gradient;
    private final boolean prunable;
    private Mask mask; // null = dense (no masking)

    public Parameter(String name, INDArray value, boolean prunable) {
        this.name = Objects.requireNonNull(name);
        this.value = Objects.requireNonNull(value);
        this.gradient = value.ulike();
        this.prunable = prunable;
    }

    public String name() { return name; }
    public INDArray value() { return value; }
    /** Gradient of the last backward pass (dense: also defined at masked positions). */
    public INDArray gradient() { return gradient; }
    public boolean prunable() { return prunable; }

    public int rows() { return (int) value.size(0); }
    public int cols() { return value.rank() == 1 ? 1 : (int) value.size(1); }
    public long size() { return value.length(); }

    public Mask mask() { return mask; }

    public void setMask(Mask mask) {
        if (mask != null && !prunable) throw new IllegalStateException(name + " is not prunable");
        if (mask != null && mask.size() != value.length()) {
            throw new IllegalArgumentException("mask " + mask + " does not fit " + name + " " + Arrays.toString(value.shape()));
        }
        this.mask = mask;
    }

    public boolean isMasked() {
        return mask != null;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(value.shape()) + (mask == null ? "" : " " + mask);
    }
}
