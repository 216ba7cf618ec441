package org.sparsegnn.engine.nn;

import static org.junit.jupiter.api.Assertions.*;
import static org.sparsegnn.engine.nn.GradientChecker.assertGradient;
import static org.sparsegnn.engine.nn.GradientChecker.weightedSum;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.model.Fnn;

/**
 * The sparse-weight kernels against the dense kernels on the same masked weights: outputs, dL/dX, dL/dW at the
 * active positions and dL/db agree to 1e-5 relative (to the largest entry of the result), for odd shapes
 * (widths and batches 1–9, rows and columns without active weights, remainders of the 4-wide blocks) and a
 * realistic one; plus finite differences on the sparse path.
 */
class SparseKernelsTest {
    private static final double REL = 1e-5;
    private final Random random = new Random(5);

    /** Two layers with the same weights, bias and mask; one on each kernel. */
    private record Pair(Linear dense, Linear sparse) {
    }

    private Pair pair(int fanIn, int fanOut, Mask mask) {
        return pair(fanIn, fanOut, mask, false);
    }

    /** As above; with {@code relu} both layers end with a ReLU (fused into the sparse kernels on the sparse one). */
    private Pair pair(int fanIn, int fanOut, Mask mask, boolean relu) {
        Linear d = new Linear("d", fanIn, fanOut, new Random(1), JavaKernels.INSTANCE, KernelChoice.DENSE, relu);
        Linear s = new Linear("s", fanIn, fanOut, new Random(1), JavaKernels.INSTANCE, KernelChoice.SPARSE, relu);
        INDArray b = TestArrays.matrix(1, fanOut, random);
        for (Linear l : List.of(d, s)) {
            l.bias().value().assign(b);
            l.weight().setMask(mask.copy());
            float[] w = Floats.read(l.weight().value()), m = mask.asFloats();
            for (int i = 0; i < w.length; i++) w[i] *= m[i];
            Floats.write(w, l.weight().value());
        }
        return new Pair(d, s);
    }

    /** A random mask of the given density with row {@code emptyRow} and column {@code emptyCol} left empty (-1: none). */
    private Mask mask(int rows, int cols, double density, int emptyRow, int emptyCol) {
        Mask m = Mask.empty(rows, cols);
        for (int k = 0; k < rows; k++) {
            for (int j = 0; j < cols; j++) {
                if (k != emptyRow && j != emptyCol && random.nextDouble() < density) m.set(k * cols + j, true);
            }
        }
        return m;
    }

    private static void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        double scale = 0;
        for (float v : expected) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], REL * scale + 1e-7, what + "[" + i + "] of " + expected.length);
        }
    }

    private static float[] masked(INDArray a, Mask m) {
        float[] v = Floats.read(a), on = m.asFloats();
        for (int i = 0; i < v.length; i++) v[i] *= on[i];
        return v;
    }

    /** Forward and backward on both kernels with the same input and output gradient; every result compared. */
    private void compare(Pair p, LayerInput x, String what) {
        int n = x.rows(), fanOut = p.dense.weight().cols();
        float[] dy = TestArrays.uniform(n * fanOut, random, -1, 1);
        float[] yd = Floats.read(p.dense.forward(x).values());
        DenseRows ys = p.sparse.forward(x);
        assertEquals("sparse", p.sparse.kernel(), what);
        assertEquals("dense", p.dense.kernel(), what);
        assertClose(yd, Floats.read(ys.values()), what + " output");
        boolean dense = x instanceof DenseRows;
        DenseRows dxd = p.dense.backward(new DenseRows(Floats.matrix(dy, n, fanOut)), dense);
        DenseRows dxs = p.sparse.backward(DenseRows.ofRowMajor(dy.clone(), n, fanOut), dense);
        Mask m = p.dense.weight().mask();
        assertNotNull(p.sparse.weight().activeGradient(), what + ": the sparse path leaves an active-only gradient");
        assertClose(masked(p.dense.weight().gradient(), m), Floats.read(p.sparse.weight().gradient()), what + " dW");
        assertClose(Floats.read(p.dense.bias().gradient()), Floats.read(p.sparse.bias().gradient()), what + " db");
        if (dense) assertClose(Floats.read(dxd.values()), Floats.read(dxs.values()), what + " dX");
        else assertNull(dxs, what + ": raw sparse input gets no gradient");
    }

    @Test
    void oddShapesAgreeWithDenseKernels() {
        for (int fanIn = 1; fanIn <= 9; fanIn++) {
            for (int fanOut = 1; fanOut <= 9; fanOut++) {
                int batch = 1 + random.nextInt(9);
                Mask m = mask(fanIn, fanOut, 0.5, fanIn > 2 ? random.nextInt(fanIn) : -1, fanOut > 2 ? random.nextInt(fanOut) : -1);
                String what = fanIn + "x" + fanOut + " batch " + batch + " nnz " + m.nnz();
                compare(pair(fanIn, fanOut, m), new DenseRows(TestArrays.matrix(batch, fanIn, random)), what + " dense input");
                compare(pair(fanIn, fanOut, m), new SparseRows(TestArrays.sparse(batch, fanIn, 0.4, random)), what + " sparse input");
            }
        }
    }

    @Test
    void blockRemaindersAgree() {
        // rows with 1..6 active weights (the 4-wide block and remainders of 1, 2, 3), batches 2 and 6 (a width-2
        // remainder after the 2- and 4-wide loops), an all-empty mask
        for (int perRow = 0; perRow <= 6; perRow++) {
            Mask m = Mask.empty(5, 7);
            for (int k = 0; k < 5; k++) for (int j = 0; j < perRow; j++) m.set(k * 7 + j, true);
            for (int batch : new int[] {2, 6, 11}) {
                compare(pair(5, 7, m), new DenseRows(TestArrays.matrix(batch, 5, random)), perRow + " per row, batch " + batch);
            }
        }
    }

    @Test
    void fusedReluAgreesWithASeparateOne() {
        for (int fanIn = 1; fanIn <= 9; fanIn += 2) {
            for (int fanOut = 1; fanOut <= 9; fanOut++) {
                int batch = 1 + random.nextInt(9);
                Mask m = mask(fanIn, fanOut, 0.5, fanIn > 2 ? random.nextInt(fanIn) : -1, -1);
                String what = "ReLU " + fanIn + "x" + fanOut + " batch " + batch;
                compare(pair(fanIn, fanOut, m, true), new DenseRows(TestArrays.matrix(batch, fanIn, random)), what + " dense input");
                compare(pair(fanIn, fanOut, m, true), new SparseRows(TestArrays.sparse(batch, fanIn, 0.4, random)), what + " sparse input");
            }
        }
        Mask m = mask(256, 128, 0.1, -1, -1); // above the parallel threshold of the fused backward pass
        compare(pair(256, 128, m, true), new DenseRows(TestArrays.matrix(512, 256, random)), "ReLU 512 x 256 -> 128");
        // a requested dense gradient is taken through the fused ReLU too
        Pair p = pair(8, 5, mask(8, 5, 0.3, -1, -1), true);
        DenseRows x = new DenseRows(TestArrays.matrix(10, 8, random));
        float[] dy = TestArrays.uniform(50, random, -1, 1);
        p.dense.forward(x);
        DenseRows dxd = p.dense.backward(new DenseRows(Floats.matrix(dy, 10, 5)));
        p.sparse.weight().requestDenseGradient(true);
        p.sparse.forward(x);
        DenseRows dxs = p.sparse.backward(new DenseRows(Floats.matrix(dy, 10, 5)));
        assertClose(Floats.read(p.dense.weight().gradient()), Floats.read(p.sparse.weight().gradient()), "ReLU dense dW");
        assertClose(Floats.read(dxd.values()), Floats.read(dxs.values()), "ReLU dX with a dense dW");
    }

    @Test
    void realisticShapeAgrees() {
        // one hidden layer of the benchmark network: 512 rows, 256 -> 128 at density 0.1, above the parallel threshold
        Mask m = mask(256, 128, 0.1, -1, -1);
        compare(pair(256, 128, m), new DenseRows(TestArrays.matrix(512, 256, random)), "512 x 256 -> 128");
        Mask m2 = mask(1433, 16, 0.1, -1, -1);
        compare(pair(1433, 16, m2), new SparseRows(TestArrays.sparse(300, 1433, 0.013, random)), "Cora-like sparse X");
    }

    @Test
    void columnInputAgreesWithRowMajorInput() {
        Mask m = mask(9, 6, 0.4, -1, -1);
        Pair p = pair(9, 6, m);
        INDArray x = TestArrays.matrix(13, 9, random);
        float[] fromRows = Floats.read(p.sparse.forward(new DenseRows(x)).values());
        float[][] cols = Floats.toColumns(Floats.read(x), 13, 9, null);
        assertArrayEquals(fromRows, Floats.read(p.sparse.forward(DenseRows.ofColumns(cols, 13)).values()));
    }

    @Test
    void requestedDenseGradientIsTheFullGradient() {
        Mask m = mask(8, 5, 0.3, -1, -1);
        Pair p = pair(8, 5, m);
        DenseRows x = new DenseRows(TestArrays.matrix(10, 8, random));
        float[] dy = TestArrays.uniform(50, random, -1, 1);
        p.dense.forward(x);
        p.dense.backward(new DenseRows(Floats.matrix(dy, 10, 5)));
        p.sparse.weight().requestDenseGradient(true);
        p.sparse.forward(x);
        DenseRows dxs = p.sparse.backward(new DenseRows(Floats.matrix(dy, 10, 5)));
        assertNull(p.sparse.weight().activeGradient(), "a requested dense gradient is dense");
        assertClose(Floats.read(p.dense.weight().gradient()), Floats.read(p.sparse.weight().gradient()), "dense dW");
        p.dense.forward(x);
        DenseRows dxd = p.dense.backward(new DenseRows(Floats.matrix(dy, 10, 5)));
        assertClose(Floats.read(dxd.values()), Floats.read(dxs.values()), "dX with a dense dW");
    }

    @Test
    void autoPicksSparseBelowTheCrossoverOnly() {
        Linear l = new Linear("l", 20, 10, random, JavaKernels.INSTANCE, KernelChoice.AUTO);
        DenseRows x = new DenseRows(TestArrays.matrix(4, 20, random));
        l.forward(x);
        assertEquals("dense", l.kernel(), "an unmasked weight");
        l.weight().setMask(mask(20, 10, 0.1, -1, -1));
        l.forward(x);
        assertEquals("sparse", l.kernel(), "density 0.1");
        l.weight().setMask(mask(20, 10, 0.8, -1, -1));
        l.forward(x);
        assertEquals("dense", l.kernel(), "density 0.8");
        Linear narrow = new Linear("n", 200, 16, random, JavaKernels.INSTANCE, KernelChoice.AUTO);
        narrow.weight().setMask(mask(200, 16, 0.1, -1, -1));
        narrow.forward(new SparseRows(TestArrays.sparse(5, 200, 0.05, random)));
        assertEquals("dense", narrow.kernel(), "sparse input, 1.6 active weights per row: the dense row kernel is as fast");
        narrow.forward(new DenseRows(TestArrays.matrix(5, 200, random)));
        assertEquals("sparse", narrow.kernel(), "dense input at density 0.1");
    }

    @Test
    void sparsePathGradientsMatchFiniteDifferences() {
        Fnn fnn = new Fnn(6, List.of(7, 5), 3, 0.0, 2, 9, 1.0, KernelChoice.SPARSE);
        for (Parameter p : fnn.parameters()) {
            if (!p.prunable()) {
                p.value().assign(TestArrays.matrix(1, p.cols(), random));
                continue;
            }
            p.setMask(mask(p.rows(), p.cols(), 0.6, -1, -1));
            float[] w = Floats.read(p.value()), on = p.mask().asFloats();
            for (int i = 0; i < w.length; i++) w[i] *= on[i];
            Floats.write(w, p.value());
        }
        DenseRows x = new DenseRows(TestArrays.matrix(9, 6, random).muli(2));
        int[] labels = {0, 1, 2, 0, 1, 2, 0, 1, 2}, rows = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        fnn.backward(SoftmaxCrossEntropy.compute(fnn.forward(x, true), labels, rows).gradient());
        assertEquals(List.of("sparse", "sparse", "sparse"), List.copyOf(fnn.kernelByLayer().values()));
        for (Parameter p : fnn.parameters()) {
            INDArray g = p.gradient().dup();
            // inactive weights do not enter the sparse kernels: both derivatives are zero there
            assertGradient(p.name(), p.value(), g, () -> SoftmaxCrossEntropy.compute(fnn.forward(x, true), labels, rows).loss());
        }
    }

    @Test
    void mixedKernelsAgreeWithDenseOnesThroughTheFusedRelus() {
        // AUTO runs dense kernels above density 0.3: a dense layer next to sparse ones on either side, so the ReLU
        // backward fused into a sparse layer's dL/dX pass meets a dense layer, and the other way round
        for (double[] density : new double[][] {{0.8, 0.1, 0.2}, {0.1, 0.8, 0.2}, {0.1, 0.1, 0.9}}) {
            Fnn dense = new Fnn(12, List.of(16, 8), 3, 0.0, 4, 9, 1.0, KernelChoice.DENSE);
            Fnn auto = new Fnn(12, List.of(16, 8), 3, 0.0, 4, 9, 1.0, KernelChoice.AUTO);
            List<Parameter> pd = dense.parameters(), pa = auto.parameters();
            for (int i = 0; i < pd.size(); i++) {
                Parameter d = pd.get(i), a = pa.get(i);
                INDArray v = TestArrays.matrix(d.rows(), d.cols(), random);
                if (d.prunable()) {
                    Mask m = mask(d.rows(), d.cols(), density[i / 2], -1, -1);
                    float[] w = Floats.read(v), on = m.asFloats();
                    for (int e = 0; e < w.length; e++) w[e] *= on[e];
                    v = Floats.matrix(w, d.rows(), d.cols());
                    d.setMask(m.copy());
                    a.setMask(m.copy());
                }
                d.value().assign(v);
                a.value().assign(v);
            }
            DenseRows x = new DenseRows(TestArrays.matrix(11, 12, random));
            int[] labels = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1}, rows = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
            float[] yd = Floats.read(dense.forward(x, true)), ya = Floats.read(auto.forward(x, true));
            String what = java.util.Arrays.toString(density) + " " + auto.kernelByLayer();
            assertClose(yd, ya, what + " output");
            dense.backward(SoftmaxCrossEntropy.compute(Floats.matrix(yd, 11, 3), labels, rows).gradient());
            auto.backward(SoftmaxCrossEntropy.compute(Floats.matrix(ya, 11, 3), labels, rows).gradient());
            for (int i = 0; i < pd.size(); i++) { // dense kernels leave the gradient at inactive positions too
                Parameter d = pd.get(i), a = pa.get(i);
                float[] gd = d.isMasked() ? masked(d.gradient(), d.mask()) : Floats.read(d.gradient());
                float[] ga = a.isMasked() ? masked(a.gradient(), a.mask()) : Floats.read(a.gradient());
                assertClose(gd, ga, what + " " + d.name());
            }
        }
    }

    @Test
    void activeOnlyOptimizerStepsEqualMaskedDenseSteps() {
        for (Optimizer[] o : new Optimizer[][] {{new Adam(), new Adam()}, {new Sgd(0.9, true), new Sgd(0.9, true)},
                {new Sgd(0, false), new Sgd(0, false)}}) {
            Mask m = mask(12, 7, 0.3, 2, 3);
            Parameter masked = new Parameter("w", TestArrays.matrix(12, 7, random), true);
            Parameter reference = new Parameter("w", masked.value().dup(), true);
            masked.setMask(m);
            for (int step = 0; step < 5; step++) {
                INDArray g = TestArrays.matrix(12, 7, random);
                reference.gradient().assign(g);
                masked.gradient().assign(g);
                // the reference: the old dense update of the masked gradient, then masking the weights
                reference.gradient().assign(Floats.matrix(masked(reference.gradient(), m), 12, 7));
                o[0].step(List.of(reference), 0.01);
                reference.value().assign(Floats.matrix(masked(reference.value(), m), 12, 7));
                o[1].step(List.of(masked), 0.01);
                float[] expected = Floats.read(reference.value()), got = masked(masked.value(), m);
                assertArrayEquals(expected, got, 1e-7f, o[1].getClass().getSimpleName() + " step " + step);
            }
        }
    }

    @Test
    void batchReductionsAgreeWithADoubleReference() {
        List<BatchDots> impls = List.of(new ScalarDots("scalar"), BatchDots.INSTANCE);
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            assertTrue(BatchDots.describe().startsWith("vector"), "with the module the SIMD version runs: " + BatchDots.describe());
        }
        for (int n : new int[] {0, 1, 2, 3, 7, 8, 9, 17, 64, 513}) {
            float[] x = TestArrays.uniform(n, random, -1, 1);
            float[][] d = new float[4][];
            for (int i = 0; i < 4; i++) d[i] = TestArrays.uniform(n, random, -1, 1);
            for (BatchDots impl : impls) {
                float[] out = new float[6];
                impl.dot4(x, d[0], d[1], d[2], d[3], out, 2, n);
                for (int i = 0; i < 4; i++) {
                    double ref = 0, mag = 0;
                    for (int b = 0; b < n; b++) {
                        ref += (double) x[b] * d[i][b];
                        mag += Math.abs((double) x[b] * d[i][b]);
                    }
                    assertEquals(ref, out[2 + i], 1e-6 * mag + 1e-7, impl + " dot n=" + n);
                }
                double sum = 0, mag = 0;
                for (int b = 0; b < n; b++) {
                    sum += x[b];
                    mag += Math.abs(x[b]);
                }
                assertEquals(sum, impl.sum(x, n), 1e-6 * mag + 1e-7, impl + " sum n=" + n);
            }
        }
    }

    @Test
    void sparseInputStructureIsNotChanged() {
        CsrMatrix x = TestArrays.sparse(7, 9, 0.4, random);
        int[] ptr = x.indptr().clone();
        Pair p = pair(9, 4, mask(9, 4, 0.5, -1, -1));
        p.sparse.forward(new SparseRows(x));
        assertArrayEquals(ptr, x.indptr());
    }
}
