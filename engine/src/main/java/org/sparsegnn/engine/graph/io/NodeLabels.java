package org.sparsegnn.engine.graph.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A node-label file: {@code node label} per line (space/tab/comma separated, comments allowed). Integer labels are
 * class numbers (classes = max + 1); otherwise the distinct label strings become classes in sorted order and their
 * names are kept. Nodes without a line get -1.
 */
record NodeLabels(int[] labels, int numClasses, List<String> classNames) {

    static NodeLabels read(Path file, NodeIds ids) throws GraphFormatException {
        int n = ids.size();
        List<String> raw = new ArrayList<>();
        int[] rowOf = new int[16];
        long[] lineOf = new long[16];
        boolean allInts = true;
        try (TextScanner s = TextScanner.open(file, true)) {
            while (s.nextLine()) {
                if (s.isBlankOrComment()) continue;
                s.requireToken("a node id");
                int id = s.tokenAsNonNegativeInt("a node id");
                int row = ids.index(id);
                if (row < 0) throw s.error("node " + id + " does not occur in the graph");
                s.requireToken("a label");
                String label = s.token();
                allInts &= s.tokenIsInteger() && !label.startsWith("-") && label.length() <= 6;
                if (raw.size() == rowOf.length) {
                    rowOf = Arrays.copyOf(rowOf, rowOf.length * 2);
                    lineOf = Arrays.copyOf(lineOf, lineOf.length * 2);
                }
                rowOf[raw.size()] = row;
                lineOf[raw.size()] = s.line();
                raw.add(label);
            }
        }
        if (raw.isEmpty()) throw new GraphFormatException(file, "no labels found (expected lines 'node label')");
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        Map<String, Integer> classOf = new HashMap<>();
        List<String> names = List.of();
        int classes;
        if (allInts) {
            int max = 0;
            for (String l : raw) {
                int v = Integer.parseInt(l);
                if (v > 100_000) throw new GraphFormatException(file, "class number " + l + " is implausibly large");
                max = Math.max(max, v);
            }
            classes = max + 1;
        } else {
            names = new ArrayList<>(new TreeSet<>(raw));
            for (int i = 0; i < names.size(); i++) classOf.put(names.get(i), i);
            classes = names.size();
        }
        for (int i = 0; i < raw.size(); i++) {
            int c = allInts ? Integer.parseInt(raw.get(i)) : classOf.get(raw.get(i));
            if (labels[rowOf[i]] >= 0 && labels[rowOf[i]] != c) {
                throw new GraphFormatException(file, lineOf[i], "node has a second, different label");
            }
            labels[rowOf[i]] = c;
        }
        return new NodeLabels(labels, classes, names);
    }
}
