package org.sparsegnn.engine.nn;

/**
 * Chosen rows of a layer input (mini-batches, evaluation chunks) copied into reused buffers: the rows row-major,
 * and on demand the columns that the sparse-weight kernels read and the INDArray that the dense kernels read, so
 * a training step allocates nothing for its batch (a 512 × 128 batch was 0.5 MB of garbage a step in two copies,
 * and the collector's pauses and concurrent cycles landed in the training epochs). A batch stays valid until the
 * next one with the same number of rows; sparse inputs are selected as usual.
 */
public final class RowBatches {
    private final Buffers buffers = new Buffers();

    /** The rows {@code rowIds} of {@code x}, in that order. */
    public LayerInput select(LayerInput x, int[] rowIds) {
        if (!(x instanceof DenseRows d)) return x.selectRows(rowIds);
        int n = rowIds.length, cols = d.cols();
        float[] src = d.rowMajor(), out = buffers.floats("rows", n * cols);
        for (int i = 0; i < n; i++) System.arraycopy(src, rowIds[i] * cols, out, i * cols, cols);
        return DenseRows.ofRowMajor(out, n, cols, buffers.get("rows", n, cols), buffers.columns("columns", cols, n));
    }
}
