package org.sparsegnn.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.DenseMatrix;
import org.sparsegnn.engine.embed.TopKSparsifier;

class SparseSparseProductTest {
    @Test
    void equalsTheMaskedDenseProduct() {
        Random r = new Random(4);
        int rows = 50, fanIn = 16, fanOut = 24;
        float[] xd = new float[rows * fanIn];
        for (int i = 0; i < xd.length; i++) xd[i] = (float) r.nextGaussian();
        CsrMatrix x = TopKSparsifier.keepTopPercent(new DenseMatrix(rows, fanIn, xd), 10);
        float[] w = new float[fanIn * fanOut];
        Mask mask = Mask.empty(fanIn, fanOut);
        for (int i = 0; i < w.length; i++) {
            if (r.nextDouble() < 0.1) {
                mask.set(i, true);
                w[i] = (float) r.nextGaussian();
            }
        }
        float[] expected = new float[rows * fanOut];
        JavaKernels.spmm(x.indptr(), x.indices(), x.values(), rows, w, fanOut, expected);
        float[] got = new float[rows * fanOut];
        SparseSparseProduct.multiply(new SparseRows(x), w, mask, got);
        assertArrayEquals(expected, got, 1e-5f);

        // through the layer: a masked Linear on sparse input gives the same result as without the mask
        Linear layer = new Linear("l", fanIn, fanOut, new Random(1), JavaKernels.INSTANCE);
        Floats.write(w, layer.weight().value());
        float[] dense = Floats.read(layer.forward(new SparseRows(x)));
        layer.weight().setMask(mask);
        INDArray sparse = layer.forward(new SparseRows(x));
        assertArrayEquals(dense, Floats.read(sparse), 1e-5f);
    }
}
