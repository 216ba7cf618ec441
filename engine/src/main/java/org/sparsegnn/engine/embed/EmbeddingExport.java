package org.sparsegnn.engine.embed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.DenseMatrix;
import org.sparsegnn.engine.graph.FeatureMatrix;
import org.sparsegnn.engine.graph.io.NpzWriter;

/**
 * Writes node embeddings as a NumPy .npz: a dense embedding as {@code embedding} (float32, n × d); a top-k sparse
 * one as CSR parts {@code data} (float32), {@code indices}, {@code indptr} (int32) and {@code shape}, i.e.
 * {@code scipy.sparse.csr_matrix((z["data"], z["indices"], z["indptr"]), shape=z["shape"])}.
 */
public final class EmbeddingExport {
    private EmbeddingExport() {
    }

    public static void write(Path file, FeatureMatrix embedding) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream os = Files.newOutputStream(file); NpzWriter npz = new NpzWriter(os)) {
            if (embedding instanceof DenseMatrix d) {
                npz.float32("embedding", d.data(), d.rows(), d.cols());
            } else {
                CsrMatrix c = (CsrMatrix) embedding;
                npz.float32("data", c.values());
                npz.int32("indices", c.indices());
                npz.int32("indptr", c.indptr());
                npz.int32("shape", new int[] {c.rows(), c.cols()});
            }
        }
    }
}
