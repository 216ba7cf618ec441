package org.sparsegnn.engine.graph;

import java.util.Objects;

/** A dense row-major float matrix. The array is owned by this object: callers must not modify it. */
public record DenseMatrix(int rows, int cols, float[] data) implements FeatureMatrix {
    public DenseMatrix {
        Objects.requireNonNull(data, "data");
        if (rows < 0 || cols < 0 || (long) rows * cols != data.length) {
            throw new IllegalArgumentException("dense matrix " + rows + "x" + cols + " needs " + (long) rows * cols
                    + " values, got " + data.length);
        }
    }

    public float get(int r, int c) {
        return data[r * cols + c];
    }

    @Override
    public long nnz() {
        return (long) rows * cols;
    }
}
