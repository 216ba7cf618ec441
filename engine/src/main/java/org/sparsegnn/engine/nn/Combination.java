package org.sparsegnn.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The combination step {@code X·W (+ b)} shared by dense and graph layers, optionally followed by a ReLU, with its
 * gradients, on the kernels
 * its {@link KernelChoice} picks for the weight at every forward pass:
 * <ul>
 * <li>dense: the backend's {@link Kernels} multiply the (masked) weight as a dense matrix; sparse inputs go
 * through the CSR kernel (never densified);</li>
 * <li>sparse: {@link SparseWeightKernels} touch only the active weights; dense inputs and outputs are held by
 * column, the weight gradient is computed at the active positions only (unless the weight asks for a dense
 * one) and dL/dX over the active weights. A ReLU runs inside the forward kernel on each output column while it is
 * in cache; its backward pass runs inside the next layer's dL/dX pass when that layer runs the sparse kernels on
 * this output as is, else in one parallel pass with the bias gradient.</li>
 * </ul>
 * A ReLU on the other paths is a separate {@link Relu}, with the same arithmetic.
 */
final class Combination {
    private final Parameter weight;
    private final Parameter bias; // null: no bias in this step (GCN adds it after aggregation)
    private final Kernels kernels;
    private final KernelChoice choice;
    private final Relu relu; // null: no activation after the combination
    private final Buffers buffers = new Buffers();
    private LayerInput input;
    private boolean sparse;
    private float[][] reluOutput; // the last forward's output columns when the ReLU ran inside the sparse kernel
    private float[] entryValues = new float[0]; // active weights of the last sparse forward, entry order
    private float[] outValues = new float[0];   // … output-major order

    Combination(Parameter weight, Parameter bias, Kernels kernels, KernelChoice choice) {
        this(weight, bias, kernels, choice, false);
    }

    /** @param relu whether a ReLU follows the combination (its output and input gradient are the ReLU's) */
    Combination(Parameter weight, Parameter bias, Kernels kernels, KernelChoice choice, boolean relu) {
        this.weight = weight;
        this.bias = bias;
        this.kernels = kernels;
        this.choice = choice;
        this.relu = relu ? new Relu() : null;
    }

    /** "sparse" or "dense": the kernels of the last forward pass. */
    String kernel() {
        return sparse ? "sparse" : "dense";
    }

    DenseRows forward(LayerInput x) {
        if (x.cols() != weight.rows()) {
            throw new IllegalArgumentException("input has " + x.cols() + " columns, weight expects " + weight.rows());
        }
        input = x;
        sparse = choice.sparseFor(weight, x);
        reluOutput = null;
        DenseRows y = sparse ? sparseForward(x) : denseForward(x);
        return relu != null && reluOutput == null ? relu.forward(y) : y;
    }

    /**
     * Writes dL/dW (and dL/db) from dL/dY; returns dL/dX for dense input when {@code inputGradient} is set, else
     * null (sparse input is raw data: it needs no gradient).
     */
    DenseRows backward(DenseRows dY, boolean inputGradient) {
        return backward(dY, inputGradient, false);
    }

    /**
     * As {@link #backward(DenseRows, boolean)}. With {@code inputFromRelu} (the input was a ReLU's output as is)
     * the sparse kernels may return dL/dX already taken back through that ReLU, marked
     * ({@link DenseRows#throughRelu}) so that the layer ending with the ReLU skips it. A marked {@code dY} is such
     * a gradient for this layer's own ReLU.
     */
    DenseRows backward(DenseRows dY, boolean inputGradient, boolean inputFromRelu) {
        if (input == null) throw new IllegalStateException("backward before forward");
        DenseRows g = relu != null && reluOutput == null && !dY.isThroughRelu() ? relu.backward(dY) : dY;
        return sparse ? sparseBackward(g, inputGradient, inputFromRelu) : denseBackward(g, inputGradient);
    }

    private DenseRows denseForward(LayerInput x) {
        INDArray out = buffers.get("xw", x.rows(), weight.cols());
        if (x instanceof SparseRows s) kernels.spmm(s, weight.value(), out);
        else kernels.gemm(((DenseRows) x).values(), weight.value(), out, false, false);
        if (bias != null) kernels.addRowVector(out, bias.value());
        return new DenseRows(out);
    }

    private DenseRows denseBackward(DenseRows dY, boolean inputGradient) {
        INDArray g = dY.values();
        if (bias != null) kernels.columnSums(g, bias.gradient());
        if (input instanceof SparseRows s) {
            kernels.spmmTransposed(s, g, weight.gradient());
            return null;
        }
        INDArray x = ((DenseRows) input).values();
        kernels.gemm(x, g, weight.gradient(), true, false);
        if (!inputGradient) return null;
        INDArray dx = buffers.get("dx", g.size(0), weight.rows());
        kernels.gemm(g, weight.value(), dx, false, true);
        return new DenseRows(dx);
    }

    private DenseRows sparseForward(LayerInput x) {
        ActiveIndex ix = weight.activeIndex();
        float[] b = bias == null ? null : Floats.read(bias.value());
        int n = x.rows();
        if (x instanceof SparseRows s) {
            entryValues = gather(ix.flatIndices(), entryValues);
            float[] out = buffers.floats("xw", n * weight.cols());
            SparseWeightKernels.forwardSparseInput(s, ix, entryValues, b, out);
            return DenseRows.ofRowMajor(out, n, weight.cols(), buffers.get("xw", n, weight.cols()));
        }
        outValues = gather(ix.flatOfOut(), outValues);
        float[][] y = buffers.columns("y", weight.cols(), n);
        SparseWeightKernels.forward(ix, outValues, b, ((DenseRows) x).columns(), y, n, relu != null);
        if (relu != null) reluOutput = y;
        return DenseRows.ofColumns(y, n, buffers.get("xw", n, weight.cols()));
    }

    private DenseRows sparseBackward(DenseRows dY, boolean inputGradient, boolean inputFromRelu) {
        ActiveIndex ix = weight.activeIndex();
        boolean denseGradient = weight.denseGradientRequested();
        if (input instanceof SparseRows s) {
            if (bias != null) Floats.write(columnSums(dY.rowMajor(), dY.rows(), dY.cols()), bias.gradient());
            if (denseGradient) {
                kernels.spmmTransposed(s, dY.values(), weight.gradient());
            } else {
                SparseWeightKernels.weightGradientSparseInput(s, ix, dY.rowMajor(), weight.activeGradientBuffer());
                weight.activeGradientWritten();
            }
            return null;
        }
        int n = dY.rows();
        float[][] dyc = dY.columns();
        float[] db = bias == null ? null : buffers.floats("db", weight.cols());
        if (dY.isThroughRelu()) { // the next layer took the gradient through this layer's ReLU and summed it
            if (db != null) System.arraycopy(dY.reluColumnSums(), 0, db, 0, db.length);
        } else if (reluOutput != null) { // the fused ReLU's backward pass, with the bias gradient
            float[][] dz = buffers.columns("dz", weight.cols(), n);
            SparseWeightKernels.reluBackward(dyc, reluOutput, dz, db, n);
            dY = DenseRows.ofColumns(dz, n, buffers.get("dz", n, weight.cols()));
            dyc = dz;
        } else if (db != null) {
            SparseWeightKernels.columnSums(dyc, db, n);
        }
        if (db != null) Floats.write(db, bias.gradient());
        DenseRows x = (DenseRows) input;
        entryValues = gather(ix.flatIndices(), entryValues);
        float[][] dx = inputGradient ? buffers.columns("dx", weight.rows(), n) : null;
        float[] dxSums = dx != null && inputFromRelu ? buffers.floats("dxSums", weight.rows()) : null;
        if (denseGradient) {
            kernels.gemm(x.values(), dY.values(), weight.gradient(), true, false);
            if (dx != null) SparseWeightKernels.backward(ix, entryValues, x.columns(), dyc, dx, null, n, dxSums);
        } else {
            SparseWeightKernels.backward(ix, entryValues, x.columns(), dyc, dx, weight.activeGradientBuffer(), n, dxSums);
            weight.activeGradientWritten();
        }
        if (dx == null) return null;
        DenseRows g = DenseRows.ofColumns(dx, n, buffers.get("dx", n, weight.rows()));
        return dxSums == null ? g : g.throughRelu(dxSums);
    }

    /** The weight's values at the given flat indices (into {@code reuse} when it fits). */
    private float[] gather(int[] at, float[] reuse) {
        float[] out = reuse.length == at.length ? reuse : new float[at.length];
        Floats.gather(weight.value(), at, out);
        return out;
    }

    private static float[] columnSums(float[] rowMajor, int rows, int cols) {
        double[] s = new double[cols];
        for (int i = 0; i < rows * cols; i += cols) for (int j = 0; j < cols; j++) s[j] += rowMajor[i + j];
        float[] out = new float[cols];
        for (int j = 0; j < cols; j++) out[j] = (float) s[j];
        return out;
    }
}
