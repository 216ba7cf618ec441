package org.sparsegnn.engine.graph.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.sparsegnn.engine.graph.AdjacencyBuilder;
import org.sparsegnn.engine.graph.Graph;

/**
 * MatrixMarket {@code .mtx} (optionally gzipped) adjacency matrices: {@code coordinate} format with field
 * {@code pattern}, {@code real}, {@code integer} or {@code double} and symmetry {@code general} or
 * {@code symmetric}; 1-based indices; the matrix must be square. The banner may start with one or two {@code %}
 * (Network Repository writes one). The entry count must match the size line, so a truncated file is an error.
 * Symmetric matrices (or {@code directed = false}) give a symmetric adjacency; repeated entries are merged.
 */
public final class MatrixMarketLoader {
    private MatrixMarketLoader() {
    }

    public static Graph load(Path file, boolean directed) throws GraphFormatException {
        try (TextScanner s = TextScanner.open(file, false)) {
            if (!s.nextLine()) throw new GraphFormatException(file, "empty file (expected a %%MatrixMarket banner)");
            String[] banner = s.lineText().trim().toLowerCase(Locale.ROOT).split("\\s+");
            if (banner.length < 5 || !banner[0].matches("%%?matrixmarket") || !banner[1].equals("matrix")) {
                throw s.error("expected banner '%%MatrixMarket matrix coordinate <field> <symmetry>', found '"
                        + PlanetoidLoader.abbreviate(s.lineText()) + "'");
            }
            if (!banner[2].equals("coordinate")) throw s.error("only coordinate (sparse) MatrixMarket files are graphs, found '" + banner[2] + "'");
            String field = banner[3];
            boolean pattern = field.equals("pattern");
            if (!pattern && !field.equals("real") && !field.equals("integer") && !field.equals("double")) {
                throw s.error("unsupported field '" + field + "' (expected pattern, real or integer)");
            }
            String symmetry = banner[4];
            if (!symmetry.equals("general") && !symmetry.equals("symmetric")) {
                throw s.error("unsupported symmetry '" + symmetry + "' (expected general or symmetric)");
            }
            boolean symmetric = symmetry.equals("symmetric");
            while (true) {
                if (!s.nextLine()) throw new GraphFormatException(file, s.line(), "missing size line 'rows cols entries'");
                if (!s.isBlankOrComment()) break;
            }
            s.requireToken("the number of rows");
            int rows = s.tokenAsNonNegativeInt("the number of rows");
            s.requireToken("the number of columns");
            int cols = s.tokenAsNonNegativeInt("the number of columns");
            s.requireToken("the number of entries");
            int entries = s.tokenAsNonNegativeInt("the number of entries");
            if (rows != cols) throw s.error("adjacency must be square, size line says " + rows + "x" + cols);
            LoadLimits.checkNodes(file, s.line(), rows);
            if (s.nextToken()) throw s.error("size line has extra fields (expected 'rows cols entries')");
            AdjacencyBuilder b = new AdjacencyBuilder(Math.min(entries, 1 << 24), !pattern);
            int read = 0;
            while (s.nextLine()) {
                if (s.isBlankOrComment()) continue;
                if (read == entries) throw s.error("more entries than the " + entries + " announced on the size line");
                s.requireToken("a row index");
                int i = s.tokenAsNonNegativeInt("a row index");
                s.requireToken("a column index");
                int j = s.tokenAsNonNegativeInt("a column index");
                if (i < 1 || i > rows || j < 1 || j > cols) {
                    throw s.error("entry (" + i + ", " + j + ") outside the 1-based " + rows + "x" + cols + " matrix");
                }
                if (pattern) {
                    b.add(i - 1, j - 1);
                } else {
                    s.requireToken("a value (field is " + field + ")");
                    b.add(i - 1, j - 1, s.tokenAsFloat("a value"));
                }
                read++;
            }
            if (read != entries) {
                throw new GraphFormatException(file, s.line(), "file ends after " + read + " entries, the size line announced " + entries);
            }
            boolean undirected = symmetric || !directed;
            return new Graph(GraphNames.of(file), b.build(rows, undirected), null, null, 0, null, Map.of(), !undirected);
        }
    }
}
