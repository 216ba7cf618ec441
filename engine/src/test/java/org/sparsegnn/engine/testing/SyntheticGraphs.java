package org.sparsegnn.engine.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.Graph;

/**
 * Small planted-partition graphs with class-correlated sparse bag-of-words features, for training tests that
 * must not depend on data files. Features are row-normalised; {@link #propagation} gives Â = D^-1/2(A+I)D^-1/2.
 */
public final class SyntheticGraphs {
    private SyntheticGraphs() {
    }

    public static Graph planted(int nodes, int classes, int features, long seed) {
        Random r = new Random(seed);
        int[] labels = new int[nodes];
        for (int i = 0; i < nodes; i++) labels[i] = i % classes;
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            for (int j = i + 1; j < nodes; j++) {
                double p = labels[i] == labels[j] ? 8.0 / nodes * classes : 1.0 / nodes;
                if (r.nextDouble() < p) edges.add(new int[] {i, j});
            }
        }
        int[] rows = new int[edges.size() * 2], cols = new int[edges.size() * 2];
        float[] vals = new float[edges.size() * 2];
        for (int e = 0; e < edges.size(); e++) {
            rows[2 * e] = edges.get(e)[0];
            cols[2 * e] = edges.get(e)[1];
            rows[2 * e + 1] = edges.get(e)[1];
            cols[2 * e + 1] = edges.get(e)[0];
            vals[2 * e] = vals[2 * e + 1] = 1f;
        }
        CsrMatrix adj = CsrMatrix.fromCoo(nodes, nodes, rows, cols, vals);
        // each node has 6 words: mostly from its class's block of the vocabulary, some noise
        int words = 6, block = features / classes;
        int[] fr = new int[nodes * words], fc = new int[nodes * words];
        float[] fv = new float[nodes * words];
        for (int i = 0; i < nodes; i++) {
            for (int w = 0; w < words; w++) {
                int k = i * words + w;
                fr[k] = i;
                fc[k] = r.nextDouble() < 0.6 ? labels[i] * block + r.nextInt(block) : r.nextInt(features);
                fv[k] = 1f;
            }
        }
        CsrMatrix x = CsrMatrix.fromCoo(nodes, features, fr, fc, fv);
        float[] xv = x.values().clone();
        for (int i = 0; i < nodes; i++) {
            float s = 0;
            for (int k = x.indptr()[i]; k < x.indptr()[i + 1]; k++) s += xv[k];
            for (int k = x.indptr()[i]; k < x.indptr()[i + 1]; k++) xv[k] /= s;
        }
        x = new CsrMatrix(nodes, features, x.indptr(), x.indices(), xv);
        int[] perm = new int[nodes];
        for (int i = 0; i < nodes; i++) perm[i] = i;
        for (int i = nodes - 1; i > 0; i--) {
            int j = r.nextInt(i + 1), t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int nTrain = nodes / 5, nVal = nodes / 5;
        Map<String, int[]> splits = Map.of(
                Graph.TRAIN, Arrays.copyOfRange(perm, 0, nTrain),
                Graph.VAL, Arrays.copyOfRange(perm, nTrain, nTrain + nVal),
                Graph.TEST, Arrays.copyOfRange(perm, nTrain + nVal, nodes));
        return new Graph("planted", adj, x, labels, classes, List.of(), splits, false);
    }

    /** Â = D^-1/2 (A + I) D^-1/2. */
    public static CsrMatrix propagation(CsrMatrix a) {
        int n = a.rows();
        int nnz = (int) a.nnz();
        int[] r = new int[nnz + n], c = new int[nnz + n];
        float[] v = new float[nnz + n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int p = a.indptr()[i]; p < a.indptr()[i + 1]; p++) {
                r[k] = i;
                c[k] = a.indices()[p];
                v[k++] = a.values()[p];
            }
            r[k] = i;
            c[k] = i;
            v[k++] = 1f;
        }
        CsrMatrix s = CsrMatrix.fromCoo(n, n, r, c, v);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) for (int p = s.indptr()[i]; p < s.indptr()[i + 1]; p++) d[i] += s.values()[p];
        float[] out = new float[(int) s.nnz()];
        for (int i = 0; i < n; i++) {
            for (int p = s.indptr()[i]; p < s.indptr()[i + 1]; p++) {
                out[p] = (float) (s.values()[p] / Math.sqrt(d[i] * d[s.indices()[p]]));
            }
        }
        return new CsrMatrix(n, n, s.indptr(), s.indices(), out);
    }
}
