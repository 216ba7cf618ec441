package org.sparsegnn.engine.graph.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.DenseMatrix;
import org.sparsegnn.engine.graph.FeatureMatrix;
import org.sparsegnn.engine.graph.Graph;

/** Writes a graph as the TSV folder that {@link TsvFolderLoader} reads (undirected graphs: each pair once, u &le; v). */
public final class TsvFolderWriter {
    private TsvFolderWriter() {
    }

    public static void write(Graph g, Path dir) throws IOException {
        Files.createDirectories(dir);
        CsrMatrix a = g.adjacency();
        boolean weighted = false;
        for (float v : a.values()) weighted |= v != 1f;
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(TsvFolderLoader.EDGES), StandardCharsets.UTF_8)) {
            for (int r = 0; r < a.rows(); r++) {
                for (int k = a.indptr()[r]; k < a.indptr()[r + 1]; k++) {
                    int c = a.indices()[k];
                    if (!g.directed() && c < r) continue;
                    w.write(r + "\t" + c + (weighted ? "\t" + a.values()[k] : "") + "\n");
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("meta.tsv"), StandardCharsets.UTF_8)) {
            w.write("nodes\t" + g.numNodes() + "\n");
            if (g.features() != null) w.write("features\t" + g.numFeatures() + "\n");
        }
        if (g.labels() != null) {
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("labels.tsv"), StandardCharsets.UTF_8)) {
                for (int i = 0; i < g.numNodes(); i++) w.write(i + "\t" + g.labels()[i] + "\n");
            }
            if (!g.classNames().isEmpty()) {
                try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("classes.tsv"), StandardCharsets.UTF_8)) {
                    for (int c = 0; c < g.classNames().size(); c++) w.write(c + "\t" + g.classNames().get(c) + "\n");
                }
            }
        }
        if (g.features() != null) writeFeatures(g.features(), dir.resolve("features.coo.tsv"));
        for (var e : g.splits().entrySet()) {
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("split_" + e.getKey() + ".txt"), StandardCharsets.UTF_8)) {
                for (int v : e.getValue()) w.write(v + "\n");
            }
        }
    }

    private static void writeFeatures(FeatureMatrix x, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (x instanceof CsrMatrix m) {
                for (int r = 0; r < m.rows(); r++) {
                    for (int k = m.indptr()[r]; k < m.indptr()[r + 1]; k++) w.write(r + "\t" + m.indices()[k] + "\t" + value(m.values()[k]) + "\n");
                }
            } else {
                DenseMatrix d = (DenseMatrix) x;
                for (int r = 0; r < d.rows(); r++) {
                    for (int c = 0; c < d.cols(); c++) if (d.get(r, c) != 0) w.write(r + "\t" + c + "\t" + value(d.get(r, c)) + "\n");
                }
            }
        }
    }

    private static String value(float v) {
        return v == Math.rint(v) && Math.abs(v) < 1e7 ? Integer.toString((int) v) : Float.toString(v);
    }
}
