package org.sparsegnn.engine.graph;

/**
 * Node features: either sparse ({@link CsrMatrix}, e.g. bag-of-words) or dense ({@link DenseMatrix}, e.g.
 * embeddings). Sealed so that kernels can switch exhaustively on the representation.
 */
public sealed interface FeatureMatrix permits CsrMatrix, DenseMatrix {
    int rows();

    int cols();

    /** Stored nonzeros (for a dense matrix: rows × cols). */
    long nnz();

    /** Fraction of entries that are nonzero, in [0, 1]. */
    default double density() {
        long total = (long) rows() * cols();
        return total == 0 ? 0 : (double) nnz() / total;
    }
}
