package org.sparsegnn.engine.graph.io;

import java.nio.file.Path;
import java.util.Arrays;
import org.sparsegnn.engine.graph.CsrMatrix;

/**
 * Where each final Planetoid node row comes from, following {@code tkipf/gcn utils.load_data}: rows of
 * {@code allx}/{@code ally} first, then an extended test block {@code min(test)..max(test)} in which test row k
 * sits at {@code sorted(test)[k] - min} (the rest stay empty: CiteSeer's isolated nodes), then
 * {@code rows[test_idx_reorder] = rows[sorted(test_idx)]}.
 */
final class TestLayout {
    private static final int EMPTY = -1;

    /** source[p] &ge; 0: row of allx/ally; source[p] = -(k+2): row k of tx/ty; EMPTY: no data. */
    private final int[] source;
    private final int[] sortedTest;

    private TestLayout(int[] source, int[] sortedTest) {
        this.source = source;
        this.sortedTest = sortedTest;
    }

    static TestLayout of(Path file, int[] testInFileOrder, int nAll, int graphNodes) throws GraphFormatException {
        int[] sorted = testInFileOrder.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) throw new GraphFormatException(file, "node " + sorted[i] + " is listed twice");
        }
        int min = sorted[0], max = sorted[sorted.length - 1];
        if (max >= graphNodes) {
            throw new GraphFormatException(file, "test index " + max + " is not a node of the graph (" + graphNodes + " nodes)");
        }
        if (min > nAll) {
            throw new GraphFormatException(file, "test indices start at " + min + " but allx/ally have only " + nAll
                    + " rows (the test block must follow them)");
        }
        long n = (long) nAll + (max - min + 1);
        if (n > Integer.MAX_VALUE - 8) throw new GraphFormatException(file, "test index " + max + " is too large");
        int[] stacked = new int[(int) n];
        for (int q = 0; q < nAll; q++) stacked[q] = q;
        Arrays.fill(stacked, nAll, (int) n, EMPTY);
        for (int k = 0; k < sorted.length; k++) stacked[nAll + sorted[k] - min] = -(k + 2);
        int[] source = stacked.clone();
        for (int i = 0; i < sorted.length; i++) source[testInFileOrder[i]] = stacked[sorted[i]];
        return new TestLayout(source, sorted);
    }

    int nodes() {
        return source.length;
    }

    int[] sortedTest() {
        return sortedTest.clone();
    }

    CsrMatrix assembleFeatures(CsrMatrix allx, CsrMatrix tx) {
        int n = source.length;
        int[] indptr = new int[n + 1];
        for (int p = 0; p < n; p++) {
            int s = source[p];
            int len = s >= 0 ? allx.rowNnz(s) : s == EMPTY ? 0 : tx.rowNnz(-s - 2);
            indptr[p + 1] = indptr[p] + len;
        }
        int[] indices = new int[indptr[n]];
        float[] values = new float[indptr[n]];
        for (int p = 0; p < n; p++) {
            int s = source[p];
            if (s == EMPTY) continue;
            CsrMatrix m = s >= 0 ? allx : tx;
            int row = s >= 0 ? s : -s - 2;
            int from = m.indptr()[row], len = m.rowNnz(row);
            System.arraycopy(m.indices(), from, indices, indptr[p], len);
            System.arraycopy(m.values(), from, values, indptr[p], len);
        }
        return new CsrMatrix(n, allx.cols(), indptr, indices, values);
    }

    /** Class per node: argmax of the one-hot row (first maximum, as numpy), -1 for all-zero or missing rows. */
    int[] assembleLabels(NumericArray ally, NumericArray ty, int classes) {
        int[] labels = new int[source.length];
        for (int p = 0; p < source.length; p++) {
            int s = source[p];
            if (s == EMPTY) {
                labels[p] = -1;
                continue;
            }
            NumericArray m = s >= 0 ? ally : ty;
            int row = s >= 0 ? s : -s - 2;
            int best = -1;
            double bestValue = 0;
            for (int c = 0; c < classes; c++) {
                double v = m.getDouble(row * classes + c);
                if (v > bestValue) {
                    bestValue = v;
                    best = c;
                }
            }
            labels[p] = best;
        }
        return labels;
    }
}
