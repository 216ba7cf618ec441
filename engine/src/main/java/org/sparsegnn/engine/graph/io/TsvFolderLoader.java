package org.sparsegnn.engine.graph.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.graph.AdjacencyBuilder;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.Graph;

/**
 * A folder of plain TAB-separated files with 0-based node ids (the layout of the shared data's
 * {@code *_plain} folders and of this project's {@code sample-data/}):
 * <ul>
 *   <li>{@code edges.tsv} (required): {@code u v [weight]} per line, undirected unless {@code directed};</li>
 *   <li>{@code labels.tsv}: {@code node class} (class -1 = unlabelled); {@code classes.tsv}: {@code class name};</li>
 *   <li>{@code features.coo.tsv}: {@code node column value} (sparse features);</li>
 *   <li>{@code split_train.txt}, {@code split_val.txt}, {@code split_test.txt}: one node per line;</li>
 *   <li>{@code meta.tsv}: optional {@code nodes N} and {@code features F} lines, so that trailing isolated
 *       nodes or unused feature columns are not lost.</li>
 * </ul>
 */
public final class TsvFolderLoader {
    public static final String EDGES = "edges.tsv";

    private TsvFolderLoader() {
    }

    public static boolean looksLike(Path dir) {
        return Files.isRegularFile(dir.resolve(EDGES));
    }

    public static Graph load(Path dir, boolean directed) throws GraphFormatException {
        AdjacencyBuilder edges = EdgeListLoader.readEdges(dir.resolve(EDGES));
        int n = edges.maxNodeId() + 1;
        int f = 0;
        Path meta = dir.resolve("meta.tsv");
        if (Files.isRegularFile(meta)) {
            for (KeyValue kv : rows(meta)) {
                if (kv.key().equals("nodes")) n = Math.max(n, kv.intValue(meta));
                else if (kv.key().equals("features")) f = Math.max(f, kv.intValue(meta));
            }
        }
        int[][] labelRows = intRows(dir.resolve("labels.tsv"), 2);
        for (int[] r : labelRows) n = Math.max(n, r[0] + 1);
        int[][] coo = intRowsWithFloat(dir.resolve("features.coo.tsv"));
        for (int[] r : coo) {
            n = Math.max(n, r[0] + 1);
            f = Math.max(f, r[1] + 1);
        }
        LoadLimits.checkNodes(dir, 0, n);
        CsrMatrix features = null;
        if (coo.length > 0) {
            int[] rr = new int[coo.length], cc = new int[coo.length];
            float[] vv = new float[coo.length];
            for (int i = 0; i < coo.length; i++) {
                rr[i] = coo[i][0];
                cc[i] = coo[i][1];
                vv[i] = Float.intBitsToFloat(coo[i][2]);
            }
            features = CsrMatrix.fromCoo(n, f, rr, cc, vv);
        }
        int[] labels = null;
        int classes = 0;
        List<String> names = new ArrayList<>();
        if (labelRows.length > 0) {
            labels = new int[n];
            Arrays.fill(labels, -1);
            for (int[] r : labelRows) {
                if (r[1] < -1) throw new GraphFormatException(dir.resolve("labels.tsv"), "class " + r[1] + " of node " + r[0] + " is negative");
                labels[r[0]] = r[1];
                classes = Math.max(classes, r[1] + 1);
            }
            Path classFile = dir.resolve("classes.tsv");
            if (Files.isRegularFile(classFile)) {
                List<KeyValue> cl = rows(classFile);
                String[] byIndex = new String[Math.max(classes, cl.size())];
                for (KeyValue c : cl) {
                    int k = c.intKey(classFile);
                    if (k >= byIndex.length) throw new GraphFormatException(classFile, c.line(), "class " + k + " out of range");
                    byIndex[k] = c.value();
                }
                if (Arrays.stream(byIndex).allMatch(s -> s != null)) names = List.of(byIndex);
                classes = byIndex.length;
            }
        }
        Map<String, int[]> splits = new LinkedHashMap<>();
        for (String s : List.of(Graph.TRAIN, Graph.VAL, Graph.TEST)) {
            Path p = dir.resolve("split_" + s + ".txt");
            if (Files.isRegularFile(p)) splits.put(s, Arrays.stream(intRows(p, 1)).mapToInt(r -> r[0]).toArray());
        }
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        try {
            return new Graph(name, edges.build(n, !directed), features, labels, classes, names, splits, directed);
        } catch (IllegalArgumentException e) {
            throw new GraphFormatException(dir, e.getMessage());
        }
    }

    /** A "key value" line. */
    private record KeyValue(long line, String key, String value) {
        int intValue(Path file) throws GraphFormatException {
            if (!value.matches("\\d{1,9}")) throw new GraphFormatException(file, line, "expected a count, found '" + PlanetoidLoader.abbreviate(value) + "'");
            return Integer.parseInt(value);
        }

        int intKey(Path file) throws GraphFormatException {
            if (!key.matches("\\d{1,9}")) throw new GraphFormatException(file, line, "expected a class number, found '" + PlanetoidLoader.abbreviate(key) + "'");
            return Integer.parseInt(key);
        }
    }

    /** "key TAB value" lines (value = rest of the line). */
    private static List<KeyValue> rows(Path file) throws GraphFormatException {
        List<KeyValue> out = new ArrayList<>();
        try (TextScanner s = TextScanner.open(file, false)) {
            while (s.nextLine()) {
                if (s.isBlankOrComment()) continue;
                String[] parts = s.lineText().trim().split("\\s+", 2);
                if (parts.length < 2) throw s.error("expected 'key<TAB>value'");
                out.add(new KeyValue(s.line(), parts[0], parts[1].trim()));
            }
        }
        return out;
    }

    /** Integer rows (node id first, non-negative; later fields may be -1); missing file gives no rows. */
    private static int[][] intRows(Path file, int fields) throws GraphFormatException {
        if (!Files.isRegularFile(file)) return new int[0][];
        List<int[]> out = new ArrayList<>();
        try (TextScanner s = TextScanner.open(file, false)) {
            while (s.nextLine()) {
                if (s.isBlankOrComment()) continue;
                int[] r = new int[fields];
                for (int i = 0; i < fields; i++) {
                    s.requireToken(i == 0 ? "a node id" : "a number");
                    if (i > 0 && s.token().equals("-1")) r[i] = -1;
                    else r[i] = s.tokenAsNonNegativeInt(i == 0 ? "a node id" : "a class number");
                }
                out.add(r);
            }
        }
        return out.toArray(new int[0][]);
    }

    /** {@code node column value} rows; the value's float bits are kept in the third int. */
    private static int[][] intRowsWithFloat(Path file) throws GraphFormatException {
        if (!Files.isRegularFile(file)) return new int[0][];
        List<int[]> out = new ArrayList<>();
        try (TextScanner s = TextScanner.open(file, false)) {
            while (s.nextLine()) {
                if (s.isBlankOrComment()) continue;
                s.requireToken("a node id");
                int node = s.tokenAsNonNegativeInt("a node id");
                s.requireToken("a feature column");
                int col = s.tokenAsNonNegativeInt("a feature column");
                s.requireToken("a feature value");
                out.add(new int[] {node, col, Float.floatToRawIntBits(s.tokenAsFloat("a feature value"))});
            }
        }
        return out.toArray(new int[0][]);
    }
}
