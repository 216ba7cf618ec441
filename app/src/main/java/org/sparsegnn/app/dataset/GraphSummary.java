package org.sparsegnn.app.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sparsegnn.engine.graph.Graph;

/** The loaded graph in a few labelled numbers (nodes, edges, features, classes, split sizes). */
public final class GraphSummary {
    private GraphSummary() {
    }

    /** Label/value pairs in display order. */
    public static List<String[]> of(Graph g) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Graph", g.name()});
        rows.add(new String[] {"Nodes", String.format(Locale.ROOT, "%,d", g.numNodes())});
        rows.add(new String[] {"Edges", String.format(Locale.ROOT, "%,d%s", g.numEdges(), g.directed() ? " (directed)" : "")});
        rows.add(new String[] {"Features", g.numFeatures() == 0 ? "none (identity features are used)"
                : String.format(Locale.ROOT, "%,d", g.numFeatures())});
        rows.add(new String[] {"Classes", g.hasLabels() ? String.valueOf(g.numClasses()) : "none"});
        StringBuilder splits = new StringBuilder();
        for (Map.Entry<String, int[]> e : g.splits().entrySet()) {
            if (splits.length() > 0) splits.append(" · ");
            splits.append(e.getKey()).append(' ').append(String.format(Locale.ROOT, "%,d", e.getValue().length));
        }
        rows.add(new String[] {"Splits", splits.length() == 0 ? "random 60/20/20 when training" : splits.toString()});
        return rows;
    }
}
