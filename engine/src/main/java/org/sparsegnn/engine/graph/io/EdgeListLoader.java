package org.sparsegnn.engine.graph.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.graph.AdjacencyBuilder;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.Graph;

/**
 * Edge lists ({@code .txt .tsv .csv .edges}, optionally {@code .gz}): one edge {@code u v [weight ...]} per line,
 * separated by spaces, tabs or commas; {@code #} and {@code %} start comment lines; LF or CRLF endings; an optional
 * header line (first data line whose first two fields are not numbers). Node ids are non-negative integers,
 * 0-based, 1-based or sparse (see {@link NodeIds.Base}); a third numeric column is read as the edge weight when the
 * first edge has one (further columns are ignored). Undirected by default: the adjacency is made symmetric and
 * repeated edges are merged. Optional node labels come from a second file ({@code node label} per line, ids as in
 * the edge list; integer labels are class numbers, other labels become named classes).
 */
public final class EdgeListLoader {

    /**
     * @param directed keep edge direction (adjacency row = source); otherwise symmetric
     * @param ids      id interpretation
     * @param labels   optional labels file, or null
     */
    public record Options(boolean directed, NodeIds.Base ids, Path labels) {
        public static final Options UNDIRECTED = new Options(false, NodeIds.Base.AUTO, null);
        public static final Options DIRECTED = new Options(true, NodeIds.Base.AUTO, null);

        public Options withLabels(Path labelsFile) {
            return new Options(directed, ids, labelsFile);
        }
    }

    private EdgeListLoader() {
    }

    public static Graph load(Path file) throws GraphFormatException {
        return load(file, Options.UNDIRECTED);
    }

    public static Graph load(Path file, Options options) throws GraphFormatException {
        AdjacencyBuilder edges = readEdges(file);
        NodeIds ids = NodeIds.decide(options.ids(), edges.distinctNodeIds(), 0);
        LoadLimits.checkNodes(file, 0, ids.size());
        try {
            edges.relabel(id -> {
                int row = ids.index(id);
                if (row < 0) throw new IllegalArgumentException("node id " + id + " is not valid for " + ids.base() + "-based ids");
                return row;
            });
        } catch (IllegalArgumentException e) {
            throw new GraphFormatException(file, e.getMessage());
        }
        CsrMatrix adjacency = edges.build(ids.size(), !options.directed());
        int[] labels = null;
        List<String> classNames = List.of();
        int classes = 0;
        if (options.labels() != null) {
            NodeLabels nl = NodeLabels.read(options.labels(), ids);
            labels = nl.labels();
            classNames = nl.classNames();
            classes = nl.numClasses();
        }
        return new Graph(GraphNames.of(file), adjacency, null, labels, classes, classNames, Map.of(), options.directed());
    }

    /** The raw edges of a file (ids as written). */
    static AdjacencyBuilder readEdges(Path file) throws GraphFormatException {
        try (TextScanner s = TextScanner.open(file, true)) {
            return readEdges(s);
        }
    }

    private static AdjacencyBuilder readEdges(TextScanner s) throws GraphFormatException {
        AdjacencyBuilder edges = null;
        long weightedSince = 0;
        boolean headerAllowed = true;
        while (s.nextLine()) {
            if (s.isBlankOrComment()) continue;
            if (edges == null) {
                // the first data line decides: header or not, weighted or not
                int count = 0;
                boolean idA = false, idB = false, numC = false;
                while (count < 3 && s.nextToken()) {
                    if (count == 0) idA = s.tokenIsInteger();
                    else if (count == 1) idB = s.tokenIsInteger();
                    else numC = s.tokenIsNumber();
                    count++;
                }
                s.rewindLine();
                if (headerAllowed && count >= 2 && !idA && !idB) { // a header such as "source,target"
                    headerAllowed = false;
                    continue;
                }
                edges = new AdjacencyBuilder(1 << 12, count >= 3 && numC);
                weightedSince = s.line();
            }
            s.requireToken("a source node id");
            int u = s.tokenAsNonNegativeInt("a source node id");
            s.requireToken("a target node id");
            int v = s.tokenAsNonNegativeInt("a target node id");
            if (edges.weighted()) {
                s.requireToken("a weight (line " + weightedSince + " has one)");
                edges.add(u, v, s.tokenAsFloat("a weight"));
            } else {
                edges.add(u, v);
            }
        }
        if (edges == null || edges.size() == 0) {
            throw new GraphFormatException(s.file(), "no edges found (expected lines 'u v' or 'u v weight')");
        }
        return edges;
    }
}
