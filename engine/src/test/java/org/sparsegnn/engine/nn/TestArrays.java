package org.sparsegnn.engine.nn;

import java.util.Arrays;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sparsegnn.engine.graph.CsrMatrix;

/** Random small test operands. */
final class TestArrays {
    private TestArrays() {
    }

    static float[] uniform(int n, Random r, double lo, double hi) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) (lo + (hi - lo) * r.nextDouble());
        return v;
    }

    static INDArray matrix(int rows, int cols, Random r) {
        return Floats.matrix(uniform(rows * cols, r, -1, 1), rows, cols);
    }

    /** Values bounded away from zero (ReLU kinks) with random signs. */
    static INDArray awayFromZero(int rows, int cols, Random r) {
        float[] v = uniform(rows * cols, r, 0.2, 1);
        for (int i = 0; i < v.length; i++) if (r.nextBoolean()) v[i] = -v[i];
        return Floats.matrix(v, rows, cols);
    }

    static CsrMatrix sparse(int rows, int cols, double density, Random r) {
        int[] rr = new int[rows * cols], cc = new int[rows * cols];
        float[] vv = new float[rows * cols];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (r.nextDouble() < density) {
                    rr[n] = i;
                    cc[n] = j;
                    vv[n++] = (float) (r.nextDouble() * 2 - 1);
                }
            }
        }
        return CsrMatrix.fromCoo(rows, cols, Arrays.copyOf(rr, n), Arrays.copyOf(cc, n),
                Arrays.copyOf(vv, n));
    }

    /** A symmetric-normalised adjacency of a random graph with self-loops (like Â). */
    static CsrMatrix propagation(int n, Random r) {
        CsrMatrix a = sparse(n, n, 0.3, r);
        float[] v = a.values().clone();
        for (int i = 0; i < v.length; i++) v[i] = Math.abs(v[i]) + 0.1f;
        return new CsrMatrix(n, n, a.indptr(), a.indices(), v);
    }
}
