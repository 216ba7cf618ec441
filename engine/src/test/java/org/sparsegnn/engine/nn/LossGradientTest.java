package org.sparsegnn.engine.nn;

import static org.junit.jupiter.api.Assertions.*;
import static org.sparsegnn.engine.nn.GradientChecker.assertGradient;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class LossGradientTest {
    private final Random random = new Random(5);

    @Test
    void softmaxCrossEntropyMaskedToSubset() {
        INDArray logits = TestArrays.matrix(6, 4, random).muli(2);
        int[] labels = {0, 3, 1, 2, 2, 1};
        int[] rows = {1, 2, 4};
        LossResult res = SoftmaxCrossEntropy.compute(logits, labels, rows);
        INDArray grad = res.gradient().dup();
        assertGradient("dLogits", logits, grad, () -> SoftmaxCrossEntropy.compute(logits, labels, rows).loss());
        float[] g = Floats.read(grad);
        for (int r : new int[] {0, 3, 5}) for (int j = 0; j < 4; j++) assertEquals(0f, g[r * 4 + j], "row outside the subset");
    }

    @Test
    void softmaxCrossEntropyValue() {
        INDArray logits = Floats.matrix(new float[] {0, 0, 0, 1, 2, 3}, 2, 3);
        double loss = SoftmaxCrossEntropy.compute(logits, new int[] {1, 2}, new int[] {0, 1}).loss();
        double expected = (Math.log(3) + (Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 3)) / 2;
        assertEquals(expected, loss, 1e-6);
        assertEquals(0.5, SoftmaxCrossEntropy.accuracy(Floats.read(logits), 3, new int[] {1, 2}, new int[] {0, 1}));
    }

    @Test
    void sigmoidBinaryCrossEntropy() {
        INDArray logits = TestArrays.matrix(7, 1, random).muli(3);
        float[] targets = {1, 0, 1, 1, 0, 0, 1};
        INDArray grad = SigmoidBinaryCrossEntropy.compute(logits, targets).gradient().dup();
        assertGradient("dLogits", logits, grad, () -> SigmoidBinaryCrossEntropy.compute(logits, targets).loss());
    }

    @Test
    void sigmoidBinaryCrossEntropyIsStableForLargeLogits() {
        INDArray logits = Floats.matrix(new float[] {80, -80}, 2, 1);
        LossResult res = SigmoidBinaryCrossEntropy.compute(logits, new float[] {0, 1});
        assertEquals(80.0, res.loss(), 1e-6);
        assertArrayEquals(new float[] {0.5f, -0.5f}, Floats.read(res.gradient()), 1e-6f);
    }
}
