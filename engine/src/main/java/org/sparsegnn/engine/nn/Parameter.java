package org.sparsegnn.engine.nn;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trainable tensor with its gradient and (for prunable weights) its mask. Weight matrices are
 * fan_in × fan_out (rows = input features), float32, C order. Names are stable and hierarchical
 * ({@code gcn.layer1.weight}) because they key masks, events, FLOPs and exports.
 * <p>A masked weight whose layer runs the sparse kernels gets its gradient at the active positions only
 * ({@link #activeGradient()}, in {@link #activeIndex()} order); {@link #gradient()} then writes those into the
 * dense gradient (zeros elsewhere) when someone asks for it. A full dense gradient (RigL's growth criterion) is
 * computed only in steps that {@link #requestDenseGradient request} it.
 */
public final class Parameter {
    private final String name;
    private final INDArray value;
    private final INDArray gradient;
    private final boolean prunable;
    private Mask mask; // null = dense (no masking)
    private ActiveIndex activeIndex;  // of mask at indexedVersion
    private int indexedVersion;
    private float[] activeGradient;   // the last backward's gradient at the active positions, if gradientActiveOnly
    private boolean gradientActiveOnly;
    private boolean denseGradientRequested;
    private Mask maskedMask;          // values were last zeroed outside this mask, at maskedVersion
    private int maskedVersion;

    public Parameter(String name, INDArray value, boolean prunable) {
        this.name = Objects.requireNonNull(name);
        this.value = Objects.requireNonNull(value);
        this.gradient = value.ulike();
        this.prunable = prunable;
    }

    public String name() { return name; }
    public INDArray value() { return value; }
    /**
     * Gradient of the last backward pass (dense: also defined at masked positions, unless the layer ran the sparse
     * kernels without a dense-gradient request, then zero there). The caller may change it.
     */
    public INDArray gradient() {
        if (gradientActiveOnly) {
            float[] dense = new float[(int) gradient.length()];
            int[] at = activeIndex.flatIndices();
            for (int e = 0; e < at.length; e++) dense[at[e]] = activeGradient[e];
            Floats.write(dense, gradient);
            gradientActiveOnly = false;
        }
        return gradient;
    }

    /** The last backward's gradient at the active positions ({@link #activeIndex()} order), or null when it is dense. */
    public float[] activeGradient() {
        return gradientActiveOnly ? activeGradient : null;
    }

    /** Where a sparse backward pass writes the active gradient; {@link #activeGradientWritten()} publishes it. */
    float[] activeGradientBuffer() {
        int nnz = activeIndex().nnz();
        if (activeGradient == null || activeGradient.length != nnz) activeGradient = new float[nnz];
        return activeGradient;
    }

    void activeGradientWritten() {
        gradientActiveOnly = true;
    }

    /**
     * The mask's active positions in the orders the sparse kernels use; null when unmasked. Rebuilt after the
     * mask changed.
     */
    public ActiveIndex activeIndex() {
        if (mask == null) return null;
        if (activeIndex == null || indexedVersion != mask.version()) {
            if (gradientActiveOnly) gradient(); // keep the last gradient: it belongs to the old positions
            activeIndex = ActiveIndex.of(mask);
            indexedVersion = mask.version();
        }
        return activeIndex;
    }

    /** Asks the layer to compute the full dense gradient in the next backward passes (growth criteria). */
    public void requestDenseGradient(boolean on) {
        denseGradientRequested = on;
    }

    public boolean denseGradientRequested() {
        return denseGradientRequested;
    }

    /** Whether the values were zeroed outside the current mask and the mask has not changed since. */
    public boolean valuesMaskedForCurrentMask() {
        return mask != null && maskedMask == mask && maskedVersion == mask.version();
    }

    /** Records that the values are zero outside the current mask (see {@link #valuesMaskedForCurrentMask()}). */
    public void markValuesMasked() {
        maskedMask = mask;
        maskedVersion = mask == null ? 0 : mask.version();
    }
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
        if (gradientActiveOnly) gradient(); // keep the last gradient at the old mask's positions
        this.mask = mask;
        this.activeIndex = null;
    }

    public boolean isMasked() {
        return mask != null;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(value.shape()) + (mask == null ? "" : " " + mask);
    }
}
