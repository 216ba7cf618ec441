package org.sparsegnn.engine.graph.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.graph.AdjacencyBuilder;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.FeatureMatrix;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.GraphPreprocessing;

/**
 * numpy {@code .npz} archives (a ZIP of {@code .npy} arrays; stored or deflated) in two layouts:
 * <ul>
 *   <li>gnn-benchmark / nettack "SparseGraph": {@code adj_data, adj_indices, adj_indptr, adj_shape} (CSR),
 *       optional {@code attr_*} (CSR features), {@code labels}, {@code class_names};</li>
 *   <li>edge arrays as in the shared data's {@code arrays.npz}: {@code edges} (E×2), optional
 *       {@code feat_indptr, feat_indices, feat_data, feat_shape}, {@code labels}, {@code idx_train/val/test}.</li>
 * </ul>
 * No pickled objects are ever read. Undirected unless {@code directed}: the adjacency is made symmetric.
 */
public final class NpzLoader {
    /** Upper bound on one uncompressed array (guards against zip bombs). */
    static final long MAX_ENTRY = 1L << 30;

    private NpzLoader() {
    }

    public static Graph load(Path file, boolean directed) throws GraphFormatException {
        Map<String, NpyReader.NpyArray> a = readAll(file);
        try {
            return build(file, a, directed);
        } catch (BadDataException | IllegalArgumentException e) {
            throw new GraphFormatException(file, e.getMessage());
        }
    }

    /** Every {@code .npy} entry of the archive, by key (entry name without {@code .npy}). */
    static Map<String, NpyReader.NpyArray> readAll(Path file) throws GraphFormatException {
        Map<String, NpyReader.NpyArray> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory() || !e.getName().endsWith(".npy")) continue;
                String key = e.getName().substring(0, e.getName().length() - 4);
                byte[] bytes = readEntry(file, zip, e);
                try {
                    out.put(key, NpyReader.read(bytes));
                } catch (BadDataException | IllegalArgumentException | ArithmeticException ex) {
                    throw new GraphFormatException(file, "array '" + key + "': " + ex.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            throw new GraphFormatException(file, "no such file");
        } catch (GraphFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new GraphFormatException(file, "not a readable .npz (zip) archive: " + ErrorMessages.describe(e), e);
        }
        if (out.isEmpty()) throw new GraphFormatException(file, "archive holds no .npy arrays");
        return out;
    }

    private static byte[] readEntry(Path file, ZipFile zip, ZipEntry e) throws IOException {
        long declared = e.getSize();
        if (declared > MAX_ENTRY) throw new GraphFormatException(file, "array '" + e.getName() + "' claims " + declared + " bytes");
        try (InputStream in = zip.getInputStream(e)) {
            byte[] bytes = in.readNBytes((int) Math.min(MAX_ENTRY + 1, declared >= 0 ? declared + 1 : MAX_ENTRY + 1));
            if (bytes.length > MAX_ENTRY) throw new GraphFormatException(file, "array '" + e.getName() + "' is larger than " + MAX_ENTRY + " bytes");
            if (declared >= 0 && bytes.length != declared) {
                throw new GraphFormatException(file, "array '" + e.getName() + "' has " + bytes.length + " bytes, the archive says " + declared);
            }
            return bytes;
        }
    }

    private static Graph build(Path file, Map<String, NpyReader.NpyArray> a, boolean directed) throws GraphFormatException {
        CsrMatrix adjacency;
        if (a.containsKey("adj_indptr")) {
            CsrMatrix stored = csr(a, "adj");
            if (stored.rows() != stored.cols()) throw new BadDataException("adjacency is " + stored.rows() + "x" + stored.cols() + ", not square");
            adjacency = directed ? stored : GraphPreprocessing.symmetrize(stored);
        } else if (a.containsKey("edges")) {
            adjacency = fromEdges(a, directed);
        } else {
            throw new GraphFormatException(file, "no adjacency: expected arrays adj_data/adj_indices/adj_indptr/adj_shape or edges, found " + a.keySet());
        }
        int n = adjacency.rows();
        FeatureMatrix features = null;
        if (a.containsKey("attr_indptr")) features = csr(a, "attr");
        else if (a.containsKey("feat_indptr")) features = csr(a, "feat");
        if (features != null && features.rows() != n) {
            throw new BadDataException("features have " + features.rows() + " rows for " + n + " nodes");
        }
        if (adjacency.rows() < n) throw new BadDataException("adjacency smaller than the node count");
        int[] labels = null;
        int classes = 0;
        List<String> classNames = List.of();
        if (a.containsKey("labels")) {
            labels = ints(a, "labels");
            if (labels.length != n) throw new BadDataException("labels has " + labels.length + " entries for " + n + " nodes");
            for (int l : labels) classes = Math.max(classes, l + 1);
            if (a.containsKey("class_names") && a.get("class_names").strings() != null) {
                classNames = List.of(a.get("class_names").strings());
                classes = Math.max(classes, classNames.size());
                if (classNames.size() != classes) classNames = List.of();
            }
        }
        Map<String, int[]> splits = new LinkedHashMap<>();
        for (String s : List.of(Graph.TRAIN, Graph.VAL, Graph.TEST)) {
            if (a.containsKey("idx_" + s)) splits.put(s, ints(a, "idx_" + s));
        }
        return new Graph(GraphNames.of(file), adjacency, features, labels, classes, classNames, splits, directed);
    }

    private static CsrMatrix fromEdges(Map<String, NpyReader.NpyArray> a, boolean directed) {
        NpyReader.NpyArray e = numeric(a, "edges");
        if (e.shape().length != 2 || e.shape()[1] != 2) throw new BadDataException("edges must have shape (E, 2), has " + Arrays.toString(e.shape()));
        int[] flat = e.numeric().toIntArray("edges");
        int n = 0;
        for (int v : flat) {
            if (v < 0) throw new BadDataException("negative node id " + v + " in edges");
            n = Math.max(n, v + 1);
        }
        if (a.containsKey("labels")) n = Math.max(n, numeric(a, "labels").rows());
        if (a.containsKey("feat_shape")) n = Math.max(n, ints(a, "feat_shape")[0]);
        if (n > LoadLimits.maxNodes()) throw new BadDataException(n + " nodes exceed the limit of " + LoadLimits.maxNodes());
        AdjacencyBuilder b = new AdjacencyBuilder(flat.length / 2, false);
        for (int i = 0; i < flat.length; i += 2) b.add(flat[i], flat[i + 1]);
        return b.build(n, !directed);
    }

    private static CsrMatrix csr(Map<String, NpyReader.NpyArray> a, String prefix) {
        int[] shape = ints(a, prefix + "_shape");
        if (shape.length != 2) throw new BadDataException(prefix + "_shape must hold 2 numbers, has " + shape.length);
        return SparseParts.csr(shape[0], shape[1], ints(a, prefix + "_indptr"), ints(a, prefix + "_indices"),
                numeric(a, prefix + "_data").numeric().toFloatArray());
    }

    private static NpyReader.NpyArray numeric(Map<String, NpyReader.NpyArray> a, String key) {
        NpyReader.NpyArray x = a.get(key);
        if (x == null) throw new BadDataException("missing array '" + key + "'");
        if (x.numeric() == null) throw new BadDataException("array '" + key + "' is not numeric");
        return x;
    }

    private static int[] ints(Map<String, NpyReader.NpyArray> a, String key) {
        return numeric(a, key).numeric().toIntArray(key);
    }

}
