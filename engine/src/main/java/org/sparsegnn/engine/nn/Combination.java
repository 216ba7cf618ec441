package org.sparsegnn.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The combination step {@code X·W (+ b)} shared by dense and graph layers, with its gradients, on the kernels
 * its {@link KernelChoice} picks for the weight at every forward pass:
 * <ul>
 * <li>dense: the backend's {@link Kernels} multiply the (masked) weight as a dense matrix; sparse inputs go
 * through the CSR kernel (never densified);</li>
 * <li>sparse: {@link SparseWeightKernels} touch only the active weights; dense inputs and outputs are held by
 * column, the weight gradient is computed at the active positions only (unless the weight asks for a dense
 * one) and dL/dX over the active weights.</li>
 * </ul>
 */
final class Combination {
    private final Parameter weight;
    private final Parameter bias; // null: no bias in this step (GCN adds it after aggregation)
    private final Kernels kernels;
    private final KernelChoice choice;
    private final Buffers buffers = new Buffers();
    private LayerInput input;
    private boolean sparse;
    private float[] entryValues = new float[0]; // active weights of the last sparse forward, entry order
    private float[] outValues = new float[0];   // … output-major order

    Combination(Parameter weight, Parameter bias, Kernels kernels, KernelChoice choice) {
        this.weight = weight;
        this.bias = bias;
        this.kernels = kernels;
        this.choice = choice;
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
        return sparse ? sparseForward(x) : denseForward(x);
    }

    /**
     * Writes dL/dW (and dL/db) from dL/dY; returns dL/dX for dense input when {@code inputGradient} is set, else
     * null (sparse input is raw data: it needs no gradient).
     */
    DenseRows backward(DenseRows dY, boolean inputGradient) {
        if (input == null) throw new IllegalStateException("backward before forward");
        return sparse ? sparseBackward(dY, inputGradient) : denseBackward(dY, inputGradient);
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
        SparseWeightKernels.forward(ix, outValues, b, ((DenseRows) x).columns(), y, n);
        return DenseRows.ofColumns(y, n, buffers.get("xw", n, weight.cols()));
    }

    private DenseRows sparseBackward(DenseRows dY, boolean inputGradient) {
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
        if (bias != null) {
            float[] db = new float[weight.cols()];
            SparseWeightKernels.columnSums(dyc, db, n);
            Floats.write(db, bias.gradient());
        }
        DenseRows x = (DenseRows) input;
        entryValues = gather(ix.flatIndices(), entryValues);
        float[][] dx = inputGradient ? buffers.columns("dx", weight.rows(), n) : null;
        if (denseGradient) {
            kernels.gemm(x.values(), dY.values(), weight.gradient(), true, false);
            if (dx != null) SparseWeightKernels.backward(ix, entryValues, x.columns(), dyc, dx, null, n);
        } else {
            SparseWeightKernels.backward(ix, entryValues, x.columns(), dyc, dx, weight.activeGradientBuffer(), n);
            weight.activeGradientWritten();
        }
        return dx == null ? null : DenseRows.ofColumns(dx, n, buffers.get("dx", n, weight.rows()));
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
