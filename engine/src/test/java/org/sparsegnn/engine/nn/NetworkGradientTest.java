package org.sparsegnn.engine.nn;

import static org.sparsegnn.engine.nn.GradientChecker.assertGradient;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sparsegnn.engine.model.Fnn;
import org.sparsegnn.engine.model.Gcn;
import org.sparsegnn.engine.model.Network;

/** Whole models (layers chained, dropout off so the function is deterministic) against finite differences. */
class NetworkGradientTest {
    private final Random random = new Random(3);

    private static void checkAll(Network net, LayerInput x, int[] labels, int[] rows) {
        INDArray logits = net.forward(x, true);
        net.backward(SoftmaxCrossEntropy.compute(logits, labels, rows).gradient());
        for (Parameter p : net.parameters()) {
            INDArray g = p.gradient().dup();
            assertGradient(p.name(), p.value(), g,
                    () -> SoftmaxCrossEntropy.compute(net.forward(x, true), labels, rows).loss());
        }
    }

    @Test
    void gcnOnSparseFeatures() {
        SparseRows a = new SparseRows(TestArrays.propagation(8, random));
        Gcn gcn = new Gcn(10, 5, 3, a, 0.3, 0.0, 1);
        for (Parameter p : gcn.parameters()) if (!p.prunable()) p.value().assign(TestArrays.matrix(1, p.cols(), random));
        checkAll(gcn, new SparseRows(TestArrays.sparse(8, 10, 0.5, random)), new int[] {0, 1, 2, 0, 1, 2, 0, 1},
                new int[] {0, 2, 3, 5, 7});
    }

    @Test
    void fnnOnDenseFeatures() {
        Fnn fnn = new Fnn(6, List.of(5, 4), 3, 0.0, 2, 7, 1.0);
        for (Parameter p : fnn.parameters()) if (!p.prunable()) p.value().assign(TestArrays.matrix(1, p.cols(), random));
        checkAll(fnn, new DenseRows(TestArrays.matrix(7, 6, random).muli(2)), new int[] {0, 1, 2, 0, 1, 2, 0},
                new int[] {0, 1, 2, 3, 4, 5, 6});
    }
}
