package org.sparsegnn.engine.embed;

import java.util.Arrays;
import org.sparsegnn.engine.graph.CsrMatrix;

/**
 * The structure random walks move on: an undirected, unweighted neighbour list in CSR form with sorted
 * neighbours (so node2vec can test "is x a neighbour of t" by binary search). A directed adjacency is
 * symmetrised (A + Aᵀ pattern) because walks for embeddings treat links as undirected; self-loops are dropped.
 */
public final class WalkGraph {
    private final int[] indptr;
    private final int[] indices;

    private WalkGraph(int[] indptr, int[] indices) {
        this.indptr = indptr;
        this.indices = indices;
    }

    public static WalkGraph of(CsrMatrix adjacency) {
        int n = adjacency.rows();
        int[] ptr = adjacency.indptr(), idx = adjacency.indices();
        int nnz = idx.length;
        int[] r = new int[2 * nnz], c = new int[2 * nnz];
        int w = 0;
        for (int u = 0; u < n; u++) {
            for (int k = ptr[u]; k < ptr[u + 1]; k++) {
                int v = idx[k];
                if (v == u) continue;
                r[w] = u; c[w] = v; w++;
                r[w] = v; c[w] = u; w++;
            }
        }
        float[] ones = new float[w];
        Arrays.fill(ones, 1f);
        CsrMatrix sym = CsrMatrix.fromCoo(n, n, Arrays.copyOf(r, w), Arrays.copyOf(c, w), ones);
        return new WalkGraph(sym.indptr(), sym.indices());
    }

    /** From undirected edge endpoint arrays (each pair once); used for the training graph of a link split. */
    public static WalkGraph ofEdges(int numNodes, int[] src, int[] dst) {
        int m = src.length;
        int[] r = new int[2 * m], c = new int[2 * m];
        for (int i = 0; i < m; i++) {
            r[2 * i] = src[i]; c[2 * i] = dst[i];
            r[2 * i + 1] = dst[i]; c[2 * i + 1] = src[i];
        }
        float[] ones = new float[2 * m];
        Arrays.fill(ones, 1f);
        CsrMatrix sym = CsrMatrix.fromCoo(numNodes, numNodes, r, c, ones);
        return of(sym);
    }

    public int numNodes() {
        return indptr.length - 1;
    }

    /** Stored (directed) neighbour entries: twice the undirected edges. */
    public long numEntries() {
        return indices.length;
    }

    public int degree(int v) {
        return indptr[v + 1] - indptr[v];
    }

    public int neighbor(int v, int i) {
        return indices[indptr[v] + i];
    }

    public boolean hasEdge(int u, int v) {
        return Arrays.binarySearch(indices, indptr[u], indptr[u + 1], v) >= 0;
    }

    int[] indptr() {
        return indptr;
    }

    int[] indices() {
        return indices;
    }
}
