package org.sparsegnn.engine.nn;

import static org.sparsegnn.engine.nn.GradientChecker.assertGradient;
import static org.sparsegnn.engine.nn.GradientChecker.weightedSum;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sparsegnn.engine.graph.CsrMatrix;

/** Every layer's backward pass against central finite differences (loss = Σ r ⊙ output, r random). */
class LayerGradientTest {
    private final Random random = new Random(42);
    private final Kernels kernels = Kernels.forBackend();

    @Test
    void linearWithDenseInput() {
        Linear layer = new Linear("l", 5, 4, random, kernels, KernelChoice.AUTO);
        layer.bias().value().assign(TestArrays.matrix(1, 4, random));
        INDArray x = TestArrays.matrix(6, 5, random);
        float[] r = TestArrays.uniform(6 * 4, random, -1, 1);
        layer.forward(new DenseRows(x));
        INDArray dX = layer.backward(new DenseRows(Floats.matrix(r, 6, 4))).values().dup();
        assertGradient("dW", layer.weight().value(), layer.weight().gradient(), () -> weightedSum(layer.forward(new DenseRows(x)).values(), r));
        assertGradient("db", layer.bias().value(), layer.bias().gradient(), () -> weightedSum(layer.forward(new DenseRows(x)).values(), r));
        assertGradient("dX", x, dX, () -> weightedSum(layer.forward(new DenseRows(x)).values(), r));
    }

    @Test
    void linearWithSparseInput() {
        Linear layer = new Linear("l", 7, 3, random, kernels, KernelChoice.AUTO);
        SparseRows x = new SparseRows(TestArrays.sparse(6, 7, 0.4, random));
        float[] r = TestArrays.uniform(6 * 3, random, -1, 1);
        layer.forward(x);
        layer.backward(new DenseRows(Floats.matrix(r, 6, 3)));
        assertGradient("dW", layer.weight().value(), layer.weight().gradient(), () -> weightedSum(layer.forward(x).values(), r));
        assertGradient("db", layer.bias().value(), layer.bias().gradient(), () -> weightedSum(layer.forward(x).values(), r));
    }

    @Test
    void gcnLayerWithSparseInput() {
        SparseRows a = new SparseRows(TestArrays.propagation(6, random));
        GcnLayer layer = new GcnLayer("g", 7, 3, a, random, kernels, KernelChoice.AUTO);
        SparseRows x = new SparseRows(TestArrays.sparse(6, 7, 0.4, random));
        float[] r = TestArrays.uniform(6 * 3, random, -1, 1);
        layer.forward(x);
        layer.backward(Floats.matrix(r, 6, 3));
        assertGradient("dW", layer.weight().value(), layer.weight().gradient(), () -> weightedSum(layer.forward(x), r));
        assertGradient("db", layer.bias().value(), layer.bias().gradient(), () -> weightedSum(layer.forward(x), r));
    }

    @Test
    void gcnLayerWithDenseInputAndNonSymmetricPropagation() {
        SparseRows a = new SparseRows(TestArrays.propagation(5, random)); // random, not symmetric: Âᵀ matters
        GcnLayer layer = new GcnLayer("g", 4, 3, a, random, kernels, KernelChoice.AUTO);
        INDArray x = TestArrays.matrix(5, 4, random);
        float[] r = TestArrays.uniform(5 * 3, random, -1, 1);
        layer.forward(new DenseRows(x));
        INDArray dX = layer.backward(Floats.matrix(r, 5, 3)).dup();
        assertGradient("dW", layer.weight().value(), layer.weight().gradient(), () -> weightedSum(layer.forward(new DenseRows(x)), r));
        assertGradient("db", layer.bias().value(), layer.bias().gradient(), () -> weightedSum(layer.forward(new DenseRows(x)), r));
        assertGradient("dX", x, dX, () -> weightedSum(layer.forward(new DenseRows(x)), r));
    }

    @Test
    void relu() {
        Relu relu = new Relu();
        INDArray x = TestArrays.awayFromZero(4, 5, random);
        float[] r = TestArrays.uniform(20, random, -1, 1);
        relu.forward(new DenseRows(x));
        INDArray dX = relu.backward(new DenseRows(Floats.matrix(r, 4, 5))).values().dup();
        assertGradient("relu dX", x, dX, () -> weightedSum(relu.forward(new DenseRows(x)).values(), r));
    }

    @Test
    void dropoutBackwardUsesTheForwardMask() {
        Dropout d = new Dropout(0.5, 7);
        INDArray x = TestArrays.awayFromZero(6, 5, random);
        INDArray y = d.forward(x, true).dup();
        float[] r = TestArrays.uniform(30, random, -1, 1);
        INDArray dX = d.backward(Floats.matrix(r, 6, 5)).dup();
        // with the mask fixed, dropout is linear: d(Σ r ⊙ y)/dx = r ⊙ y / x
        float[] xv = Floats.read(x), yv = Floats.read(y), dv = Floats.read(dX);
        int dropped = 0;
        for (int i = 0; i < xv.length; i++) {
            double scale = yv[i] / xv[i];
            org.junit.jupiter.api.Assertions.assertTrue(scale == 0 || Math.abs(scale - 2.0) < 1e-6, "scale " + scale);
            org.junit.jupiter.api.Assertions.assertEquals(r[i] * scale, dv[i], 1e-6);
            if (scale == 0) dropped++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(dropped > 5 && dropped < 25, "dropped " + dropped + " of 30");
        org.junit.jupiter.api.Assertions.assertSame(x, d.forward(x, false), "evaluation mode is the identity");
    }

    @Test
    void sparseDropoutKeepsStructureAndRescales() {
        SparseRows x = new SparseRows(TestArrays.sparse(40, 30, 0.3, random));
        Dropout d = new Dropout(0.5, 3);
        SparseRows y = d.forward(x, true);
        org.junit.jupiter.api.Assertions.assertTrue(y.nnz() > x.nnz() * 0.35 && y.nnz() < x.nnz() * 0.65, y.nnz() + " of " + x.nnz());
        for (int r = 0; r < y.rows(); r++) {
            for (int k = y.indptr()[r]; k < y.indptr()[r + 1]; k++) {
                int c = y.indices()[k];
                org.junit.jupiter.api.Assertions.assertEquals(2 * new CsrMatrix(x.rows(), x.cols(),
                        x.indptr(), x.indices(), x.values()).get(r, c), y.values()[k], 1e-6);
            }
        }
    }
}
