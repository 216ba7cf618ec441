package org.sparsegnn.engine.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Micro-benchmark of one masked layer, dense (the kernels {@link Linear} uses for a dense weight) against the
 * sparse-weight kernels, pass by pass, to find the density where sparse starts to pay. Not a test: run with
 * <pre>
 * java -cp engine/target/classes:engine/target/test-classes:'engine/target/lib/*' \
 *   org.sparsegnn.engine.nn.KernelBench [reps] [B,K,N[,dx] ...]
 * </pre>
 * Prints medians (ms per call) over {@code reps} rounds; dense and sparse alternate within every round so both
 * see the same machine load.
 */
public final class KernelBench {
    private static final double[] DENSITIES = {0.05, 0.1, 0.2, 0.3, 0.5};

    private KernelBench() {
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<String> shapes = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
                : List.of("512,128,256,0", "512,256,128,1", "128,128,128,0");
        System.out.println("backend " + Backend.describe() + ", threads " + JavaKernels.THREADS);
        System.out.println("shape (batch,in,out,dX) density | dense fwd / bwd ms | sparse fwd / bwd ms | ratio fwd / bwd / total");
        for (String s : shapes) {
            int[] v = Arrays.stream(s.split(",")).mapToInt(Integer::parseInt).toArray();
            for (double d : DENSITIES) {
                if (v.length > 3 && v[3] < 0) runSparseInput(v[0], v[1], v[2], -v[3] / 1000.0, d, reps);
                else run(v[0], v[1], v[2], v.length > 3 && v[3] == 1, d, reps);
            }
        }
    }

    /** Sparse input X (rows × in at the given density, e.g. Cora's features after dropout) times a masked weight. */
    private static void runSparseInput(int rows, int in, int out, double xDensity, double density, int reps) {
        Random r = new Random(7);
        SparseRows x = new SparseRows(TestArrays.sparse(rows, in, xDensity, r));
        INDArray w = TestArrays.matrix(in, out, r), dy = TestArrays.matrix(rows, out, r);
        int[] active = java.util.stream.IntStream.range(0, in * out).filter(i -> r.nextDouble() < density).toArray();
        ActiveIndex ix = ActiveIndex.of(Mask.ofActive(in, out, active));
        INDArray y = Nd4j.create(rows, out), dW = Nd4j.create(in, out);
        float[] wIn = new float[ix.nnz()], g = new float[ix.nnz()], yo = new float[rows * out], dyv = Floats.read(dy);
        JavaKernels k = JavaKernels.INSTANCE;
        List<Double> df = new ArrayList<>(), db = new ArrayList<>(), sf = new ArrayList<>(), sb = new ArrayList<>();
        for (int rep = 0; rep < reps + 5; rep++) {
            long t0 = System.nanoTime();
            k.spmm(x, w, y);
            long t1 = System.nanoTime();
            k.spmmTransposed(x, dy, dW);
            long t2 = System.nanoTime();
            Floats.gather(w, ix.flatIndices(), wIn);
            SparseWeightKernels.forwardSparseInput(x, ix, wIn, null, yo);
            long t3 = System.nanoTime();
            SparseWeightKernels.weightGradientSparseInput(x, ix, dyv, g);
            long t4 = System.nanoTime();
            if (rep >= 5) {
                df.add((t1 - t0) / 1e6);
                db.add((t2 - t1) / 1e6);
                sf.add((t3 - t2) / 1e6);
                sb.add((t4 - t3) / 1e6);
            }
        }
        double a = median(df), b = median(db), c = median(sf), d = median(sb);
        System.out.printf(Locale.ROOT, "%d,%d,%d,sparse X %.4f %.2f | %.3f / %.3f | %.3f / %.3f | %.2f / %.2f / %.2f%n", rows, in,
                out, xDensity, density, a, b, c, d, c / a, d / b, (c + d) / (a + b));
    }

    private static void run(int batch, int in, int out, boolean withDx, double density, int reps) {
        Random r = new Random(7);
        INDArray x = TestArrays.matrix(batch, in, r), w = TestArrays.matrix(in, out, r), dy = TestArrays.matrix(batch, out, r);
        INDArray bias = TestArrays.matrix(1, out, r);
        int[] active = java.util.stream.IntStream.range(0, in * out).filter(i -> r.nextDouble() < density).toArray();
        Mask mask = Mask.ofActive(in, out, active);
        float[] wv = Floats.read(w), m = mask.asFloats();
        for (int i = 0; i < wv.length; i++) wv[i] *= m[i];
        Floats.write(wv, w);
        INDArray y = Nd4j.create(batch, out), dW = Nd4j.create(in, out), db = Nd4j.create(1, out), dX = Nd4j.create(batch, in);
        JavaKernels k = JavaKernels.INSTANCE;
        ActiveIndex ix = ActiveIndex.of(mask);
        float[][] xc = Floats.toColumns(Floats.read(x), batch, in, null), dyc = Floats.toColumns(Floats.read(dy), batch, out, null);
        float[][] yc = new float[out][batch], dxc = new float[in][batch];
        float[] wOut = new float[ix.nnz()], wIn = new float[ix.nnz()], g = new float[ix.nnz()], bv = Floats.read(bias), dbv = new float[out];
        List<Double> df = new ArrayList<>(), db2 = new ArrayList<>(), sf = new ArrayList<>(), sb = new ArrayList<>();
        for (int rep = 0; rep < reps + 5; rep++) {
            long t0 = System.nanoTime();
            k.gemm(x, w, y, false, false);
            k.addRowVector(y, bias);
            long t1 = System.nanoTime();
            k.gemm(x, dy, dW, true, false);
            k.columnSums(dy, db);
            if (withDx) k.gemm(dy, w, dX, false, true);
            long t2 = System.nanoTime();
            Floats.gather(w, ix.flatOfOut(), wOut);
            SparseWeightKernels.forward(ix, wOut, bv, xc, yc, batch, false);
            long t3 = System.nanoTime();
            Floats.gather(w, ix.flatIndices(), wIn);
            SparseWeightKernels.backward(ix, wIn, xc, dyc, withDx ? dxc : null, g, batch, null);
            SparseWeightKernels.columnSums(dyc, dbv, batch);
            long t4 = System.nanoTime();
            if (rep >= 5) {
                df.add((t1 - t0) / 1e6);
                db2.add((t2 - t1) / 1e6);
                sf.add((t3 - t2) / 1e6);
                sb.add((t4 - t3) / 1e6);
            }
        }
        double a = median(df), b = median(db2), c = median(sf), d = median(sb);
        System.out.printf(Locale.ROOT, "%d,%d,%d,%s %.2f | %.3f / %.3f | %.3f / %.3f | %.2f / %.2f / %.2f%n", batch, in, out,
                withDx ? "dx" : "-", density, a, b, c, d, c / a, d / b, (c + d) / (a + b));
    }

    private static double median(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s[s.length / 2];
    }
}
