package org.sparsegnn.engine.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.DenseMatrix;

class TopKSparsifierTest {
    @Test
    void keepsTheLargestMagnitudesOfTheWholeMatrix() {
        DenseMatrix m = new DenseMatrix(2, 4, new float[] {0.1f, -5, 0.3f, 2, -0.2f, 0.05f, 4, -1});
        CsrMatrix s = TopKSparsifier.keepTopPercent(m, 37.5); // 3 of 8
        assertEquals(3, s.nnz());
        assertArrayEquals(new int[] {0, 2, 3}, s.indptr());
        assertArrayEquals(new int[] {1, 3, 2}, s.indices());
        assertArrayEquals(new float[] {-5, 2, 4}, s.values(), 0f);
    }

    @Test
    void paperPercentagesGiveTheExpectedDensity() {
        float[] v = new float[1000 * 16];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < v.length; i++) v[i] = (float) r.nextGaussian();
        DenseMatrix m = new DenseMatrix(1000, 16, v);
        for (double k : new double[] {1.38, 3.28, 26.2, 46.9}) {
            CsrMatrix s = TopKSparsifier.keepTopPercent(m, k);
            assertEquals(Math.round(k / 100 * v.length), s.nnz());
            assertEquals(k / 100, s.density(), 1e-4);
        }
    }

    @Test
    void tiesAtTheThresholdStillKeepExactlyK() {
        DenseMatrix m = new DenseMatrix(1, 4, new float[] {1, 1, 1, 1});
        assertEquals(2, TopKSparsifier.keepTopPercent(m, 50).nnz());
    }

    @Test
    void rejectsPercentOutOfRange() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> TopKSparsifier.keepTopPercent(new DenseMatrix(1, 1, new float[] {1}), 0));
        assertEquals("embedding top-k must be in (0, 100] percent, is 0.0", e.getMessage());
    }
}
