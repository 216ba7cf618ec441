package org.sparsegnn.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Dense layer input: a rows × cols float32 matrix, held in whichever layout the layer that made it works in and
 * converted (once, then cached) when another layout is asked for: an INDArray (row-major; dense ND4J kernels), a
 * row-major Java array (data handed over by a task), or one Java array per column ({@link #columns()}; the
 * sparse-weight kernels, whose inner loops run along the rows, i.e. the batch). The arrays may be a layer's
 * reused buffers: like every layer output, a DenseRows stays valid until the layer that made it runs again.
 */
public final class DenseRows implements LayerInput {
    private final int rows;
    private final int cols;
    private INDArray values;
    private float[] rowMajor;
    private float[][] columns;
    private INDArray target; // where values() puts the row-major form of a Java layout (a reused buffer)
    private float[][] columnsTarget; // where columns() puts the column form of a row-major array (a reused buffer)
    private float[] reluColumnSums; // non-null: a gradient already taken back through a ReLU, with its column sums

    public DenseRows(INDArray values) {
        if (values.rank() != 2) throw new IllegalArgumentException("dense rows need a matrix, got rank " + values.rank());
        this.rows = (int) values.size(0);
        this.cols = (int) values.size(1);
        this.values = values;
    }

    private DenseRows(int rows, int cols, float[] rowMajor, float[][] columns) {
        this.rows = rows;
        this.cols = cols;
        this.rowMajor = rowMajor;
        this.columns = columns;
    }

    /** A rows × cols matrix from a row-major array (used as is, not copied). */
    public static DenseRows ofRowMajor(float[] data, int rows, int cols) {
        if ((long) rows * cols != data.length) {
            throw new IllegalArgumentException(data.length + " values for a " + rows + "x" + cols + " matrix");
        }
        return new DenseRows(rows, cols, data, null);
    }

    /** A matrix from its columns ({@code columns[c]} holds column c in its first {@code rows} entries; not copied). */
    public static DenseRows ofColumns(float[][] columns, int rows) {
        for (float[] c : columns) {
            if (c.length < rows) throw new IllegalArgumentException("a column of " + c.length + " values for " + rows + " rows");
        }
        return new DenseRows(rows, columns.length, null, columns);
    }

    /** As {@link #ofColumns(float[][], int)}; {@link #values()} writes into {@code target} (rows × cols) when asked. */
    static DenseRows ofColumns(float[][] columns, int rows, INDArray target) {
        return ofColumns(columns, rows).into(target);
    }

    /** As {@link #ofRowMajor(float[], int, int)}; {@link #values()} writes into {@code target} when asked. */
    static DenseRows ofRowMajor(float[] data, int rows, int cols, INDArray target) {
        return ofRowMajor(data, rows, cols).into(target);
    }

    /**
     * As {@link #ofRowMajor(float[], int, int, INDArray)}; {@link #columns()} writes into {@code columnsTarget}
     * (cols arrays of rows floats) when asked.
     */
    static DenseRows ofRowMajor(float[] data, int rows, int cols, INDArray target, float[][] columnsTarget) {
        if (columnsTarget.length != cols || (cols > 0 && columnsTarget[0].length != rows)) {
            throw new IllegalArgumentException("columns target shape");
        }
        DenseRows d = ofRowMajor(data, rows, cols, target);
        d.columnsTarget = columnsTarget;
        return d;
    }

    private DenseRows into(INDArray target) {
        if (target.size(0) != rows || target.size(1) != cols) throw new IllegalArgumentException("target shape");
        this.target = target;
        return this;
    }

    /**
     * Marks this gradient as already taken back through the ReLU that produced the layer input it belongs to (the
     * sparse kernels fuse that step into the next layer's dL/dX pass); {@code columnSums} are its column sums.
     */
    DenseRows throughRelu(float[] columnSums) {
        reluColumnSums = columnSums;
        return this;
    }

    /** Whether {@link #throughRelu} marked this gradient. */
    boolean isThroughRelu() {
        return reluColumnSums != null;
    }

    /** The column sums given to {@link #throughRelu}; null when not marked. */
    float[] reluColumnSums() {
        return reluColumnSums;
    }

    /** The matrix as a row-major INDArray (built from the Java layout on first use). */
    public INDArray values() {
        if (values == null) {
            if (target != null) {
                Floats.write(rowMajor(), target);
                values = target;
            } else {
                values = Floats.matrix(rowMajor(), rows, cols);
            }
        }
        return values;
    }

    /** Column c as {@code columns()[c][0 .. rows)}; built on first use, then shared (read-only for callers). */
    public float[][] columns() {
        if (columns == null) columns = Floats.toColumns(rowMajor(), rows, cols, columnsTarget);
        return columns;
    }

    /** Whether the column layout is at hand (no conversion needed). */
    public boolean hasColumns() {
        return columns != null;
    }

    /** The matrix as a row-major Java array (built on first use; read-only for callers). */
    float[] rowMajor() {
        if (rowMajor == null) {
            if (values != null) {
                rowMajor = Floats.read(values);
            } else {
                rowMajor = new float[rows * cols];
                Floats.fromColumns(columns, rows, rowMajor);
            }
        }
        return rowMajor;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public DenseRows selectRows(int[] rowIds) {
        if (rowMajor == null && values != null) return new DenseRows(values.getRows(rowIds));
        float[] src = rowMajor(), out = new float[rowIds.length * cols];
        for (int i = 0; i < rowIds.length; i++) System.arraycopy(src, rowIds[i] * cols, out, i * cols, cols);
        return ofRowMajor(out, rowIds.length, cols);
    }

    @Override
    public double density() {
        return 1.0;
    }
}
