package org.sparsegnn.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.shape.Gather;
import org.nd4j.linalg.api.ops.impl.transforms.segment.UnsortedSegmentSum;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link Kernels} with ND4J ops only. The sparse products gather rows, scale them by the stored values and
 * segment-sum them, so nothing leaves the device on a GPU backend; on CPU this is 10–30× slower than
 * {@link JavaKernels} (measured, see NOTES.md).
 */
public final class Nd4jKernels implements Kernels {
    public static final Nd4jKernels INSTANCE = new Nd4jKernels();

    private Nd4jKernels() {
    }

    @Override
    public void spmm(SparseRows a, INDArray b, INDArray out) {
        JavaKernels.checkShapes(a.rows(), a.cols(), b, out);
        segmentProduct(a.indices(), a.rowOfEntry(), a.values(), b, out);
    }

    @Override
    public void spmmTransposed(SparseRows a, INDArray b, INDArray out) {
        JavaKernels.checkShapes(a.cols(), a.rows(), b, out);
        segmentProduct(a.rowOfEntry(), a.indices(), a.values(), b, out);
    }

    /** out[segment[k],:] = Σ values[k] · b[source[k],:] over the stored entries k. */
    private static void segmentProduct(int[] source, int[] segment, float[] values, INDArray b, INDArray out) {
        if (values.length == 0) {
            out.assign(0);
            return;
        }
        INDArray gathered = Nd4j.exec(new Gather(b, Nd4j.createFromArray(source), 0))[0];
        gathered.muliColumnVector(Nd4j.createFromArray(values).reshape(values.length, 1).castTo(b.dataType()));
        INDArray sums = Nd4j.exec(new UnsortedSegmentSum(gathered, Nd4j.createFromArray(segment), (int) out.size(0)))[0];
        out.assign(sums.reshape(out.shape()));
    }

    @Override
    public void gemm(INDArray a, INDArray b, INDArray out, boolean transposeA, boolean transposeB) {
        Nd4j.gemm(a, b, out, transposeA, transposeB, 1.0, 0.0);
    }

    @Override
    public void addRowVector(INDArray a, INDArray row) {
        a.addiRowVector(row);
    }

    @Override
    public void columnSums(INDArray a, INDArray out) {
        out.assign(a.sum(true, 0));
    }
}
