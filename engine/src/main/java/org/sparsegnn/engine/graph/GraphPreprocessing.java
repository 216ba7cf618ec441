package org.sparsegnn.engine.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The preprocessing steps of the GCN recipe, as pure functions returning new objects (inputs are never modified):
 * <ul>
 *   <li>{@link #gcnNormalize(CsrMatrix)}: Â = D^-1/2 (A + I) D^-1/2 (Kipf &amp; Welling), with D the row sums of
 *       A + I. Like {@code tkipf/gcn preprocess_adj}, I is added to A as is, so a node that already has a self-loop
 *       gets weight 2 on the diagonal (CiteSeer has 124 such nodes).</li>
 *   <li>{@link #rowNormalize(FeatureMatrix)}: each feature row divided by its sum; all-zero rows stay zero
 *       ({@code preprocess_features}).</li>
 *   <li>{@link #symmetrize(CsrMatrix)}: A ∪ Aᵀ for treating a directed graph as undirected.</li>
 *   <li>{@link #randomSplit(int[], long, double, double)}: the paper's seeded, stratified random split
 *       (60/20/20 by default via {@link #randomSplit6020(int[], long)}).</li>
 * </ul>
 */
public final class GraphPreprocessing {
    private GraphPreprocessing() {
    }

    /** Â = D^-1/2 (A + I) D^-1/2 as a new CSR matrix (square input required). */
    public static CsrMatrix gcnNormalize(CsrMatrix a) {
        if (a.rows() != a.cols()) throw new IllegalArgumentException("adjacency must be square, is " + a.rows() + "x" + a.cols());
        CsrMatrix withSelf = addIdentity(a);
        int n = withSelf.rows();
        int[] ptr = withSelf.indptr(), idx = withSelf.indices();
        float[] val = withSelf.values();
        double[] invSqrt = new double[n];
        for (int r = 0; r < n; r++) {
            double d = 0;
            for (int k = ptr[r]; k < ptr[r + 1]; k++) d += val[k];
            invSqrt[r] = d > 0 ? 1.0 / Math.sqrt(d) : 0.0;
        }
        float[] out = new float[val.length];
        for (int r = 0; r < n; r++) {
            for (int k = ptr[r]; k < ptr[r + 1]; k++) out[k] = (float) (invSqrt[r] * val[k] * invSqrt[idx[k]]);
        }
        return withSelf.withValues(out);
    }

    /** A + I: adds 1 to every diagonal entry (inserting it where absent). */
    public static CsrMatrix addIdentity(CsrMatrix a) {
        int n = a.rows();
        int[] ptr = a.indptr(), idx = a.indices();
        float[] val = a.values();
        int missing = 0;
        for (int r = 0; r < n; r++) if (Arrays.binarySearch(idx, ptr[r], ptr[r + 1], r) < 0) missing++;
        int[] np = new int[n + 1];
        int[] ni = new int[idx.length + missing];
        float[] nv = new float[idx.length + missing];
        int w = 0;
        for (int r = 0; r < n; r++) {
            boolean placed = false;
            for (int k = ptr[r]; k < ptr[r + 1]; k++) {
                int c = idx[k];
                if (!placed && c >= r) {
                    if (c == r) {
                        ni[w] = r;
                        nv[w++] = val[k] + 1f;
                        placed = true;
                        continue;
                    }
                    ni[w] = r;
                    nv[w++] = 1f;
                    placed = true;
                }
                ni[w] = c;
                nv[w++] = val[k];
            }
            if (!placed) {
                ni[w] = r;
                nv[w++] = 1f;
            }
            np[r + 1] = w;
        }
        return new CsrMatrix(n, a.cols(), np, ni, nv);
    }

    /** A ∪ Aᵀ with repeated entries merged (weight = maximum), i.e. the undirected version of a directed graph. */
    public static CsrMatrix symmetrize(CsrMatrix a) {
        if (a.rows() != a.cols()) throw new IllegalArgumentException("adjacency must be square");
        AdjacencyBuilder b = new AdjacencyBuilder((int) a.nnz(), true);
        int[] ptr = a.indptr(), idx = a.indices();
        float[] val = a.values();
        for (int r = 0; r < a.rows(); r++) for (int k = ptr[r]; k < ptr[r + 1]; k++) b.add(r, idx[k], val[k]);
        return b.build(a.rows(), true);
    }

    /** Divides each row by its sum (rows summing to 0 stay as they are); {@code null} (no features) stays null. */
    public static FeatureMatrix rowNormalize(FeatureMatrix x) {
        if (x == null) return null;
        if (x instanceof CsrMatrix m) {
            float[] out = m.values().clone();
            int[] ptr = m.indptr();
            for (int r = 0; r < m.rows(); r++) {
                double s = 0;
                for (int k = ptr[r]; k < ptr[r + 1]; k++) s += out[k];
                if (s != 0) for (int k = ptr[r]; k < ptr[r + 1]; k++) out[k] = (float) (out[k] / s);
            }
            return m.withValues(out);
        }
        DenseMatrix d = (DenseMatrix) x;
        float[] out = d.data().clone();
        for (int r = 0; r < d.rows(); r++) {
            double s = 0;
            for (int c = 0; c < d.cols(); c++) s += out[r * d.cols() + c];
            if (s != 0) for (int c = 0; c < d.cols(); c++) out[r * d.cols() + c] = (float) (out[r * d.cols() + c] / s);
        }
        return new DenseMatrix(d.rows(), d.cols(), out);
    }

    /** The paper's split: 60 % train, 20 % validation, 20 % test per class, seeded. */
    public static Map<String, int[]> randomSplit6020(int[] labels, long seed) {
        return randomSplit(labels, seed, 0.6, 0.2);
    }

    /**
     * Stratified random split: within each class the labelled nodes are shuffled (seeded) and the first
     * round(trainFraction·size) go to train, the next round(valFraction·size) to val, the rest to test. Nodes with
     * label -1 are left out. Each split is returned sorted. The same labels and seed always give the same split.
     */
    public static Map<String, int[]> randomSplit(int[] labels, long seed, double trainFraction, double valFraction) {
        if (trainFraction < 0 || valFraction < 0 || trainFraction + valFraction > 1) {
            throw new IllegalArgumentException("fractions " + trainFraction + " + " + valFraction + " must be in [0,1]");
        }
        int classes = 0;
        for (int l : labels) classes = Math.max(classes, l + 1);
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) byClass.add(new ArrayList<>());
        for (int i = 0; i < labels.length; i++) if (labels[i] >= 0) byClass.get(labels[i]).add(i);
        Random rnd = new Random(seed);
        List<Integer> train = new ArrayList<>(), val = new ArrayList<>(), test = new ArrayList<>();
        for (List<Integer> members : byClass) {
            Collections.shuffle(members, rnd);
            int size = members.size();
            int nTrain = (int) Math.round(trainFraction * size);
            int nVal = Math.min(size - nTrain, (int) Math.round(valFraction * size));
            train.addAll(members.subList(0, nTrain));
            val.addAll(members.subList(nTrain, nTrain + nVal));
            test.addAll(members.subList(nTrain + nVal, size));
        }
        Map<String, int[]> out = new LinkedHashMap<>();
        out.put(Graph.TRAIN, sorted(train));
        out.put(Graph.VAL, sorted(val));
        out.put(Graph.TEST, sorted(test));
        return out;
    }

    private static int[] sorted(List<Integer> l) {
        int[] a = l.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(a);
        return a;
    }
}
