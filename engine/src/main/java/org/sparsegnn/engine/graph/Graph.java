package org.sparsegnn.engine.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An attributed graph: CSR adjacency (as stored: symmetric for undirected graphs, no normalisation applied),
 * optional node features, optional labels, named node splits ("train", "val", "test", …). Immutable once built;
 * preprocessing returns new objects.
 *
 * @param name        short name shown to users ("cora", "karate", file name …)
 * @param adjacency   n × n adjacency, values are edge weights (1 for unweighted)
 * @param features    n × f features, or {@code null} for a graph without features
 * @param labels      class per node, -1 for unlabelled nodes; {@code null} when the graph has no labels
 * @param numClasses  number of classes (0 without labels)
 * @param classNames  human-readable class names (may be empty)
 * @param splits      named node index sets, e.g. train/val/test
 * @param directed    whether the source edge list was directed (adjacency is then not necessarily symmetric)
 */
public record Graph(String name, CsrMatrix adjacency, FeatureMatrix features, int[] labels, int numClasses,
                    List<String> classNames, Map<String, int[]> splits, boolean directed) {

    public static final String TRAIN = "train";
    public static final String VAL = "val";
    public static final String TEST = "test";

    public Graph {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(adjacency, "adjacency");
        if (adjacency.rows() != adjacency.cols()) {
            throw new IllegalArgumentException("adjacency must be square, is " + adjacency.rows() + "x" + adjacency.cols());
        }
        int n = adjacency.rows();
        if (features != null && features.rows() != n) {
            throw new IllegalArgumentException("features have " + features.rows() + " rows for " + n + " nodes");
        }
        if (labels != null) {
            if (labels.length != n) throw new IllegalArgumentException("labels has " + labels.length + " entries for " + n + " nodes");
            for (int i = 0; i < n; i++) {
                if (labels[i] < -1 || labels[i] >= numClasses) {
                    throw new IllegalArgumentException("label " + labels[i] + " of node " + i + " outside [0," + numClasses + ")");
                }
            }
        }
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
        Map<String, int[]> copy = new LinkedHashMap<>();
        if (splits != null) {
            for (var e : splits.entrySet()) {
                for (int v : e.getValue()) {
                    if (v < 0 || v >= n) throw new IllegalArgumentException("split '" + e.getKey() + "' names node " + v + " of " + n);
                }
                copy.put(e.getKey(), e.getValue().clone());
            }
        }
        splits = Collections.unmodifiableMap(copy);
    }

    public int numNodes() {
        return adjacency.rows();
    }

    /** Number of stored adjacency entries (each undirected edge counts twice, self-loops once). */
    public long numEntries() {
        return adjacency.nnz();
    }

    /** Undirected edges (pairs u&lt;v plus self-loops) for undirected graphs, stored entries for directed ones. */
    public long numEdges() {
        if (directed) return adjacency.nnz();
        long selfLoops = 0;
        int[] ptr = adjacency.indptr(), idx = adjacency.indices();
        for (int r = 0; r < numNodes(); r++) for (int k = ptr[r]; k < ptr[r + 1]; k++) if (idx[k] == r) selfLoops++;
        return (adjacency.nnz() - selfLoops) / 2 + selfLoops;
    }

    public int numFeatures() {
        return features == null ? 0 : features.cols();
    }

    public boolean hasLabels() {
        return labels != null && numClasses > 0;
    }

    public Optional<int[]> split(String splitName) {
        int[] s = splits.get(splitName);
        return s == null ? Optional.empty() : Optional.of(s.clone());
    }

    public Graph withFeatures(FeatureMatrix newFeatures) {
        return new Graph(name, adjacency, newFeatures, labels, numClasses, classNames, splits, directed);
    }

    public Graph withSplits(Map<String, int[]> newSplits) {
        return new Graph(name, adjacency, features, labels, numClasses, classNames, newSplits, directed);
    }

    public Graph withName(String newName) {
        return new Graph(newName, adjacency, features, labels, numClasses, classNames, splits, directed);
    }

    @Override
    public String toString() {
        return "Graph[" + name + ": " + numNodes() + " nodes, " + numEdges() + " edges, " + numFeatures()
                + " features, " + numClasses + " classes]";
    }
}
