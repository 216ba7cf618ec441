package org.sparsegnn.engine.graph.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.graph.AdjacencyBuilder;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.Graph;

/**
 * Reads the Planetoid files {@code ind.<name>.{x,y,tx,ty,allx,ally,graph,test.index}} (Python-2 pickles, read with
 * {@link SafeUnpickler}) exactly as {@code tkipf/gcn utils.load_data} does:
 * <ol>
 *   <li>test rows are placed in an "extended" block covering {@code min(test.index)..max(test.index)} (CiteSeer has
 *       gaps: the missing test-range nodes get all-zero features and no label, i.e. label -1 here);</li>
 *   <li>{@code features = vstack(allx, tx)}, then {@code features[test_idx_reorder] = features[sorted(test_idx)]};
 *       labels likewise from {@code ally, ty} (argmax of one-hot rows, -1 for all-zero rows);</li>
 *   <li>adjacency = the undirected graph of the {@code graph} dict (duplicates removed, self-loops kept with weight 1,
 *       as {@code nx.adjacency_matrix(nx.from_dict_of_lists(graph))});</li>
 *   <li>splits: train = {@code range(len(y))}, val = {@code range(len(y), len(y)+500)}, test = sorted test.index.</li>
 * </ol>
 * Usage: {@code PlanetoidLoader.load(dir, "cora")}; {@link #loadGraphOnly} skips the feature files (PubMed's
 * {@code allx} is absent from the shared data folder) and returns a graph without features.
 */
public final class PlanetoidLoader {
    /** Size of the validation split in the standard Planetoid split. */
    public static final int VAL_SIZE = 500;

    private PlanetoidLoader() {
    }

    /** Loads graph, features, labels and the standard split. */
    public static Graph load(Path dir, String name) throws GraphFormatException {
        return read(dir, name, false);
    }

    /** Loads graph, labels and the standard split without features ({@code x}, {@code tx}, {@code allx} not read). */
    public static Graph loadGraphOnly(Path dir, String name) throws GraphFormatException {
        return read(dir, name, true);
    }

    /** The dataset name of a folder holding {@code ind.<name>.graph}, if exactly one such name is there. */
    public static Optional<String> detectName(Path dir) {
        if (!Files.isDirectory(dir)) return Optional.empty();
        try (var s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString())
                    .filter(f -> f.startsWith("ind.") && f.endsWith(".graph"))
                    .map(f -> f.substring(4, f.length() - ".graph".length()))
                    .toList();
            return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The file of one part, e.g. {@code part(dir, "cora", "allx")}. */
    public static Path part(Path dir, String name, String part) {
        return dir.resolve("ind." + name + "." + part);
    }

    private static Graph read(Path dir, String name, boolean graphOnly) throws GraphFormatException {
        if (!Files.isDirectory(dir)) throw new GraphFormatException(dir, "not a directory with Planetoid files ind." + name + ".*");
        if (!graphOnly) {
            for (String p : List.of("x", "tx", "allx")) {
                Path f = part(dir, name, p);
                if (!Files.isRegularFile(f)) {
                    throw new GraphFormatException(f, "missing Planetoid feature file ind." + name + "." + p
                            + " (load graph-only to use structure and labels without features)");
                }
            }
        }
        NumericArray y = readDense(part(dir, name, "y"));
        NumericArray ty = readDense(part(dir, name, "ty"));
        NumericArray ally = readDense(part(dir, name, "ally"));
        int[] testIdx = readTestIndex(part(dir, name, "test.index"));
        Map<Integer, List<Integer>> dict = readGraphDict(part(dir, name, "graph"));

        int classes = (int) y.shape()[1];
        checkCols(part(dir, name, "ty"), ty, classes);
        checkCols(part(dir, name, "ally"), ally, classes);
        int nAll = (int) ally.shape()[0];
        if (ty.shape()[0] != testIdx.length) {
            throw new GraphFormatException(part(dir, name, "ty"), "has " + ty.shape()[0] + " rows but test.index lists " + testIdx.length + " nodes");
        }
        int graphNodes = nodeCount(dict);
        TestLayout layout = TestLayout.of(part(dir, name, "test.index"), testIdx, nAll, graphNodes);
        int n = layout.nodes();
        if (n != graphNodes) {
            throw new GraphFormatException(part(dir, name, "graph"), "has " + graphNodes + " nodes but ally (" + nAll
                    + " rows) and the test block give " + n);
        }

        CsrMatrix features = null;
        if (!graphOnly) {
            CsrMatrix x = readSparse(part(dir, name, "x"));
            CsrMatrix tx = readSparse(part(dir, name, "tx"));
            CsrMatrix allx = readSparse(part(dir, name, "allx"));
            if (allx.rows() != nAll) throw new GraphFormatException(part(dir, name, "allx"), "has " + allx.rows() + " rows but ally has " + nAll);
            if (tx.rows() != testIdx.length) throw new GraphFormatException(part(dir, name, "tx"), "has " + tx.rows() + " rows but test.index lists " + testIdx.length);
            if (x.rows() != y.shape()[0]) throw new GraphFormatException(part(dir, name, "x"), "has " + x.rows() + " rows but y has " + y.shape()[0]);
            if (tx.cols() != allx.cols() || x.cols() != allx.cols()) {
                throw new GraphFormatException(part(dir, name, "tx"), "feature widths differ: x " + x.cols() + ", tx " + tx.cols() + ", allx " + allx.cols());
            }
            features = layout.assembleFeatures(allx, tx);
        }
        int[] labels = layout.assembleLabels(ally, ty, classes);

        int nTrain = (int) y.shape()[0];
        if (nTrain + VAL_SIZE > n) {
            throw new GraphFormatException(part(dir, name, "y"), nTrain + " training + " + VAL_SIZE + " validation nodes exceed " + n + " nodes");
        }
        Map<String, int[]> splits = new LinkedHashMap<>();
        splits.put(Graph.TRAIN, range(0, nTrain));
        splits.put(Graph.VAL, range(nTrain, nTrain + VAL_SIZE));
        splits.put(Graph.TEST, layout.sortedTest());

        CsrMatrix adjacency = adjacency(part(dir, name, "graph"), dict, n);
        return new Graph(name, adjacency, features, labels, classes, List.of(), splits, false);
    }

    private static void checkCols(Path f, NumericArray a, int classes) throws GraphFormatException {
        if (a.shape()[1] != classes) throw new GraphFormatException(f, "has " + a.shape()[1] + " label columns, y has " + classes);
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) r[i] = from + i;
        return r;
    }

    private static int nodeCount(Map<Integer, List<Integer>> dict) {
        int max = -1;
        for (var e : dict.entrySet()) {
            max = Math.max(max, e.getKey());
            for (int v : e.getValue()) max = Math.max(max, v);
        }
        return max + 1;
    }

    private static CsrMatrix adjacency(Path file, Map<Integer, List<Integer>> dict, int n) throws GraphFormatException {
        int entries = 0;
        for (List<Integer> l : dict.values()) entries += l.size();
        AdjacencyBuilder b = new AdjacencyBuilder(entries, false);
        for (var e : dict.entrySet()) {
            int u = e.getKey();
            if (u < 0 || u >= n) throw new GraphFormatException(file, "node " + u + " outside the " + n + " nodes given by the feature/label files");
            for (int v : e.getValue()) {
                if (v < 0 || v >= n) throw new GraphFormatException(file, "node " + u + " lists neighbour " + v + " outside [0," + n + ")");
                b.add(u, v);
            }
        }
        return b.build(n, true);
    }

    static byte[] readBytes(Path file) throws GraphFormatException {
        try {
            long size = Files.size(file);
            if (size > SafeUnpickler.MAX_BYTES) throw new GraphFormatException(file, "file of " + size + " bytes is too large for a Planetoid pickle");
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GraphFormatException(file, "missing Planetoid file");
        } catch (GraphFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new GraphFormatException(file, "cannot read: " + ErrorMessages.describe(e), e);
        }
    }

    private static Object unpickle(Path file) throws GraphFormatException {
        return new SafeUnpickler().load(file, readBytes(file));
    }

    private static NumericArray readDense(Path file) throws GraphFormatException {
        Object o = unpickle(file);
        if (!(o instanceof PickledNdArray a)) throw unexpected(file, o, "a numpy array");
        try {
            NumericArray arr = a.array();
            if (arr.ndim() != 2) throw new GraphFormatException(file, "expected a 2-d label array, got shape " + Arrays.toString(arr.shape()));
            return arr;
        } catch (BadDataException e) {
            throw new GraphFormatException(file, e.getMessage());
        }
    }

    private static CsrMatrix readSparse(Path file) throws GraphFormatException {
        Object o = unpickle(file);
        try {
            if (o instanceof PickledCsrMatrix m) return m.toCsrMatrix();
            if (o instanceof PickledNdArray a && a.array().ndim() == 2) return DenseToCsr.convert(a.array());
        } catch (BadDataException | IllegalArgumentException e) {
            throw new GraphFormatException(file, e.getMessage());
        }
        throw unexpected(file, o, "a scipy CSR matrix");
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, List<Integer>> readGraphDict(Path file) throws GraphFormatException {
        Object o = unpickle(file);
        if (!(o instanceof Map<?, ?> raw)) throw unexpected(file, o, "a dict of neighbour lists");
        Map<Integer, List<Integer>> out = new LinkedHashMap<>();
        for (var e : raw.entrySet()) {
            Integer key = asInt(e.getKey());
            if (key == null) throw new GraphFormatException(file, "graph key " + SafeUnpickler.pythonType(e.getKey()) + " is not an integer node id");
            if (!(e.getValue() instanceof List<?> list)) throw new GraphFormatException(file, "neighbours of node " + key + " are not a list");
            List<Integer> ns = new ArrayList<>(list.size());
            for (Object v : list) {
                Integer vi = asInt(v);
                if (vi == null) throw new GraphFormatException(file, "neighbour " + SafeUnpickler.pythonType(v) + " of node " + key + " is not an integer node id");
                ns.add(vi);
            }
            out.put(key, ns);
        }
        return out;
    }

    private static Integer asInt(Object o) {
        if (o instanceof Integer i) return i;
        if (o instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) return l.intValue();
        return null;
    }

    private static GraphFormatException unexpected(Path file, Object o, String expected) {
        return new GraphFormatException(file, "refused: expected " + expected + ", the pickle holds " + SafeUnpickler.pythonType(o));
    }


    private static int[] readTestIndex(Path file) throws GraphFormatException {
        String text = new String(readBytes(file), StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        int[] out = new int[lines.length];
        int count = 0;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.isEmpty()) {
                if (i == lines.length - 1) break; // final newline
                throw new GraphFormatException(file, i + 1, "empty line, expected a node index");
            }
            try {
                out[count++] = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new GraphFormatException(file, i + 1, "expected a non-negative node index, found '" + abbreviate(t) + "'");
            }
            if (out[count - 1] < 0) throw new GraphFormatException(file, i + 1, "negative node index " + out[count - 1]);
        }
        if (count == 0) throw new GraphFormatException(file, "no test indices");
        return Arrays.copyOf(out, count);
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
