package org.sparsegnn.engine.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.embed.TopKSparsifier;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.DenseMatrix;

class EdgeFeatureTest {
    // node 0 = (1, -2, 0), node 1 = (3, 0.5, 4), node 2 = (0, 1, -1)
    private static final DenseMatrix EMB = new DenseMatrix(3, 3, new float[] {1, -2, 0, 3, 0.5f, 4, 0, 1, -1});
    private static final int[] SRC = {0, 1};
    private static final int[] DST = {1, 2};

    @Test
    void denseOperatorsByHand() {
        assertArrayEquals(new float[] {3, -1, 0, 0, 0.5f, -4}, data(EdgeFeature.HADAMARD), 0f);
        assertArrayEquals(new float[] {1, -2, 0, 3, 0.5f, 4, 3, 0.5f, 4, 0, 1, -1}, data(EdgeFeature.CONCAT), 0f);
        assertArrayEquals(new float[] {2, 2.5f, 4, 3, 0.5f, 5}, data(EdgeFeature.L1), 0f);
        assertArrayEquals(new float[] {4, 6.25f, 16, 9, 0.25f, 25}, data(EdgeFeature.L2), 0f);
    }

    private static float[] data(EdgeFeature f) {
        return ((DenseMatrix) f.apply(EMB, SRC, DST)).data();
    }

    @Test
    void sparseEmbeddingsGiveTheSameValuesAsTheirDenseCopy() {
        CsrMatrix sparse = TopKSparsifier.keepTopPercent(EMB, 50); // keeps 5 of 9 entries
        DenseMatrix densified = densify(sparse);
        for (EdgeFeature f : EdgeFeature.values()) {
            CsrMatrix s = (CsrMatrix) f.apply(sparse, SRC, DST);
            DenseMatrix d = (DenseMatrix) f.apply(densified, SRC, DST);
            assertArrayEquals(d.data(), densify(s).data(), 0f, f.name());
            assertEquals(f.dimension(3), s.cols());
        }
    }

    static DenseMatrix densify(CsrMatrix m) {
        float[] out = new float[m.rows() * m.cols()];
        for (int r = 0; r < m.rows(); r++) {
            for (int k = m.indptr()[r]; k < m.indptr()[r + 1]; k++) out[r * m.cols() + m.indices()[k]] = m.values()[k];
        }
        return new DenseMatrix(m.rows(), m.cols(), out);
    }

    @Test
    void parseNamesTheChoices() {
        assertEquals(EdgeFeature.L2, EdgeFeature.parse("l2"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> EdgeFeature.parse("sum"));
        assertEquals("unknown edge feature 'sum' (expected hadamard, concat, l1 or l2)", e.getMessage());
    }
}
