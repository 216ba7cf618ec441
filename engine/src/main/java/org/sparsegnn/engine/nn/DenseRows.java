package org.sparsegnn.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Dense layer input: a rows × cols float32 matrix. */
public record DenseRows(INDArray values) implements LayerInput {
    @Override
    public int rows() {
        return (int) values.size(0);
    }

    @Override
    public int cols() {
        return (int) values.size(1);
    }

    @Override
    public DenseRows selectRows(int[] rowIds) {
        return new DenseRows(values.getRows(rowIds));
    }

    @Override
    public double density() {
        return 1.0;
    }
}
