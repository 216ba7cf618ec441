package org.sparsegnn.engine.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The Java (CPU) kernels and the ND4J-ops kernels (GPU path) compute the same results. */
class KernelsAgreementTest {
    private final Random random = new Random(11);
    private final Kernels java = JavaKernels.INSTANCE;
    private final Kernels nd4j = Nd4jKernels.INSTANCE;

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        assertArrayEquals(expected.shape(), actual.shape(), what + " shape");
        float[] e = Floats.read(expected), a = Floats.read(actual);
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], 1e-4 * Math.max(1, Math.abs(e[i])), what + "[" + i + "]");
        }
    }

    @Test
    void sparseProductsAgreeForSeveralWidths() {
        // widths 1..21 cover the 8- and 4-column blocks and the remainder loop (2 and 10: a remainder of two
        // columns alone and after an 8-block); 600 rows x 64 cols is above the parallel threshold for the wider ones
        for (int n : new int[] {1, 2, 3, 4, 7, 8, 10, 16, 21}) {
            var csr = TestArrays.sparse(600, 64, 0.2, random);
            SparseRows a = new SparseRows(csr);
            INDArray b = TestArrays.matrix(64, n, random);
            INDArray outJ = Nd4j.create(600, n), outN = Nd4j.create(600, n);
            java.spmm(a, b, outJ);
            nd4j.spmm(a, b, outN);
            assertClose(outN, outJ, "spmm n=" + n);
            INDArray c = TestArrays.matrix(600, n, random);
            INDArray tJ = Nd4j.create(64, n), tN = Nd4j.create(64, n);
            java.spmmTransposed(a, c, tJ);
            nd4j.spmmTransposed(a, c, tN);
            assertClose(tN, tJ, "spmmTransposed n=" + n);
            INDArray tScatter = Nd4j.create(64, n);
            java.spmmTransposed(new SparseRows(csr), c, tScatter); // fresh: no transpose index, scatter path
            assertClose(tN, tScatter, "scattered spmmTransposed n=" + n);
            // and against a dense reference
            INDArray dense = Nd4j.create(600, 64);
            for (int r = 0; r < 600; r++) for (int k = a.indptr()[r]; k < a.indptr()[r + 1]; k++) dense.putScalar(r, a.indices()[k], a.values()[k]);
            assertClose(dense.mmul(b), outJ, "spmm vs dense n=" + n);
            assertClose(dense.transpose().mmul(c), tJ, "spmmT vs dense n=" + n);
        }
    }

    @Test
    void transposedProductScattersOrGathersAlike() {
        // 3000 x 40 at density 0.5, 16 columns: ~1 M multiply-adds, above the parallel threshold
        var csr = TestArrays.sparse(3000, 40, 0.5, random);
        INDArray c = TestArrays.matrix(3000, 16, random);
        SparseRows fresh = new SparseRows(csr);
        INDArray scattered = Nd4j.create(40, 16);
        java.spmmTransposed(fresh, c, scattered);
        assertFalse(fresh.hasTransposeIndex(), "a one-off matrix is not transposed");
        SparseRows indexed = new SparseRows(csr);
        indexed.transposeIndptr();
        INDArray gathered = Nd4j.create(40, 16);
        java.spmmTransposed(indexed, c, gathered);
        assertClose(gathered, scattered, "scatter vs gather");
    }

    @Test
    void denseProductsAgreeSmallAndLarge() {
        for (int[] s : new int[][] {{5, 3, 4}, {300, 16, 7}, {200, 300, 100}}) { // the last goes to BLAS
            int m = s[0], k = s[1], n = s[2];
            INDArray a = TestArrays.matrix(m, k, random), b = TestArrays.matrix(k, n, random);
            INDArray outJ = Nd4j.create(m, n);
            java.gemm(a, b, outJ, false, false);
            assertClose(a.mmul(b), outJ, "NN " + m + "x" + k + "x" + n);
            INDArray at = a.transpose().dup('c');
            INDArray tJ = Nd4j.create(m, n), tN = Nd4j.create(m, n);
            java.gemm(at, b, tJ, true, false);
            nd4j.gemm(at, b, tN, true, false);
            assertClose(tN, tJ, "TN");
            assertClose(a.mmul(b), tJ, "TN vs reference");
            INDArray bt = b.transpose().dup('c');
            INDArray ntJ = Nd4j.create(m, n);
            java.gemm(a, bt, ntJ, false, true);
            assertClose(a.mmul(b), ntJ, "NT");
        }
    }

    @Test
    void rowVectorAndColumnSumsAgree() {
        INDArray a = TestArrays.matrix(50, 9, random), row = TestArrays.matrix(1, 9, random);
        INDArray a2 = a.dup();
        java.addRowVector(a, row);
        nd4j.addRowVector(a2, row);
        assertClose(a2, a, "addRowVector");
        INDArray sJ = Nd4j.create(1, 9), sN = Nd4j.create(1, 9);
        java.columnSums(a, sJ);
        nd4j.columnSums(a, sN);
        assertClose(sN, sJ, "columnSums");
    }

    @Test
    void emptySparseMatrixGivesZeros() {
        SparseRows a = new SparseRows(TestArrays.sparse(4, 3, 0.0, random));
        INDArray out = Nd4j.ones(4, 2), out2 = Nd4j.ones(4, 2);
        java.spmm(a, TestArrays.matrix(3, 2, random), out);
        nd4j.spmm(a, TestArrays.matrix(3, 2, random), out2);
        assertEquals(0.0, out.sumNumber().doubleValue());
        assertEquals(0.0, out2.sumNumber().doubleValue());
    }
}
