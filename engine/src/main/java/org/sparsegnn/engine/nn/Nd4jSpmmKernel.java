package org.sparsegnn.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.shape.Gather;
import org.nd4j.linalg.api.ops.impl.transforms.segment.UnsortedSegmentSum;
import org.nd4j.linalg.factory.Nd4j;

/**
 * CSR × dense with ND4J ops only (gather rows, scale by the stored values, unsorted segment sum), so the data
 * never leaves the device on a GPU backend. Slow on CPU (see {@link JavaSpmmKernel}).
 */
public final class Nd4jSpmmKernel implements SpmmKernel {
    public static final Nd4jSpmmKernel INSTANCE = new Nd4jSpmmKernel();

    private Nd4jSpmmKernel() {
    }

    @Override
    public INDArray multiply(SparseRows a, INDArray b) {
        JavaSpmmKernel.check(a.cols(), b, "A·B");
        return segmentProduct(a.indices(), a.rowOfEntry(), a.values(), b, a.rows());
    }

    @Override
    public INDArray transposeMultiply(SparseRows a, INDArray b) {
        JavaSpmmKernel.check(a.rows(), b, "Aᵀ·B");
        return segmentProduct(a.rowOfEntry(), a.indices(), a.values(), b, a.cols());
    }

    /** out[segment[k],:] += values[k] · b[source[k],:] for every stored entry k. */
    private static INDArray segmentProduct(int[] source, int[] segment, float[] values, INDArray b, int outRows) {
        int n = (int) b.size(1);
        if (values.length == 0) return Nd4j.zeros(b.dataType(), outRows, n);
        INDArray gathered = Nd4j.exec(new Gather(b, Nd4j.createFromArray(source), 0))[0];
        gathered.muliColumnVector(Nd4j.createFromArray(values).reshape(values.length, 1).castTo(b.dataType()));
        INDArray out = Nd4j.exec(new UnsortedSegmentSum(gathered, Nd4j.createFromArray(segment), outRows))[0];
        return out.reshape('c', outRows, n);
    }
}
