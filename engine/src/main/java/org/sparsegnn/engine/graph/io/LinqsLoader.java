package org.sparsegnn.engine.graph.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.graph.AdjacencyBuilder;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.Graph;

/**
 * LINQS citation data: {@code <name>.content} with lines {@code <paper id> <f_1> ... <f_k> <class>} (TAB
 * separated, the same k on every line) and {@code <name>.cites} with lines {@code <cited id> <citing id>}. Nodes
 * are numbered in content order, classes in sorted name order. Citations naming a paper that is not in the
 * content file are skipped (the original CiteSeer files have such links, as every LINQS reader does); the
 * adjacency stores a cites line "a b" at row a, column b, and is made symmetric unless {@code directed}.
 */
public final class LinqsLoader {
    private LinqsLoader() {
    }

    /** Loads {@code dir/<name>.content} and {@code dir/<name>.cites}. */
    public static Graph load(Path content, Path cites, boolean directed) throws GraphFormatException {
        Map<String, Integer> index = new HashMap<>();
        List<String> classOfNode = new ArrayList<>();
        CsrMatrix features = readContent(content, index, classOfNode);
        int n = classOfNode.size();
        List<String> names = new ArrayList<>(new TreeSet<>(classOfNode));
        Map<String, Integer> classIndex = new HashMap<>();
        for (int i = 0; i < names.size(); i++) classIndex.put(names.get(i), i);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = classIndex.get(classOfNode.get(i));

        AdjacencyBuilder b = new AdjacencyBuilder(4 * n, false);
        try (TextScanner s = TextScanner.open(cites, false)) {
            while (s.nextLine()) {
                if (s.isBlankOrComment()) continue;
                s.requireToken("a cited paper id");
                Integer a = index.get(s.token());
                s.requireToken("a citing paper id");
                Integer c = index.get(s.token());
                if (s.nextToken()) throw s.error("expected two paper ids, found a third field '" + PlanetoidLoader.abbreviate(s.token()) + "'");
                if (a != null && c != null) b.add(a, c);
            }
        }
        if (b.size() == 0) throw new GraphFormatException(cites, "no citation between papers of " + content.getFileName());
        String name = GraphNames.of(content);
        return new Graph(name, b.build(n, !directed), features, labels, names.size(), names, Map.of(), directed);
    }

    /** Finds the single {@code *.content} / {@code *.cites} pair in a folder. */
    static Path[] findPair(Path dir) throws GraphFormatException {
        try (var files = Files.list(dir)) {
            List<Path> contents = files.filter(p -> p.getFileName().toString().endsWith(".content")).sorted().toList();
            for (Path c : contents) {
                String f = c.getFileName().toString();
                Path cites = dir.resolve(f.substring(0, f.length() - ".content".length()) + ".cites");
                if (Files.isRegularFile(cites)) return new Path[] {c, cites};
            }
        } catch (IOException e) {
            throw new GraphFormatException(dir, "cannot list folder: " + ErrorMessages.describe(e), e);
        }
        return null;
    }

    private static CsrMatrix readContent(Path file, Map<String, Integer> index, List<String> classOfNode) throws GraphFormatException {
        int[] indptr = new int[1025];
        int[] cols = new int[1 << 14];
        float[] vals = new float[1 << 14];
        int nnz = 0;
        int width = -1;
        try (TextScanner s = TextScanner.open(file, false)) {
            while (s.nextLine()) {
                if (s.isBlankOrComment()) continue;
                s.requireToken("a paper id");
                String id = s.token();
                int fields = s.remainingTokens(); // features + class
                if (fields < 1) throw s.error("expected features and a class label after paper id '" + id + "'");
                if (width < 0) width = fields - 1;
                if (fields - 1 != width) throw s.error("has " + (fields - 1) + " feature values, the first line has " + width);
                int row = classOfNode.size();
                if (index.putIfAbsent(id, row) != null) throw s.error("paper id '" + PlanetoidLoader.abbreviate(id) + "' appears twice");
                for (int c = 0; c < width; c++) {
                    s.nextToken();
                    float v = s.tokenIsZero() ? 0f : s.tokenIsOne() ? 1f : s.tokenAsFloat("a feature value");
                    if (v == 0f) continue;
                    if (nnz == cols.length) {
                        cols = Arrays.copyOf(cols, nnz * 2);
                        vals = Arrays.copyOf(vals, nnz * 2);
                    }
                    cols[nnz] = c;
                    vals[nnz++] = v;
                }
                s.nextToken();
                classOfNode.add(s.token());
                if (row + 2 > indptr.length) indptr = Arrays.copyOf(indptr, indptr.length * 2);
                indptr[row + 1] = nnz;
            }
        }
        int n = classOfNode.size();
        if (n == 0) throw new GraphFormatException(file, "no papers found (expected '<id> <features...> <class>' lines)");
        return new CsrMatrix(n, width, Arrays.copyOf(indptr, n + 1), Arrays.copyOf(cols, nnz), Arrays.copyOf(vals, nnz));
    }
}
