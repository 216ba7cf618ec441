package org.sparsegnn.engine.graph.io;

import java.nio.file.Path;

/**
 * Sanity bounds applied before allocating per-node arrays, so a garbled or hostile size (a MatrixMarket size line
 * of two billion rows, an edge list naming node 2,000,000,000) is a clear error instead of an out-of-memory crash.
 * The node limit is {@value #DEFAULT_MAX_NODES} unless system property {@code sparsegnn.maxNodes} says otherwise.
 */
final class LoadLimits {
    static final int DEFAULT_MAX_NODES = 50_000_000;

    private LoadLimits() {
    }

    static int maxNodes() {
        try {
            return Integer.parseInt(System.getProperty("sparsegnn.maxNodes", Integer.toString(DEFAULT_MAX_NODES)));
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_NODES;
        }
    }

    /** Throws unless {@code nodes} is within the limit. */
    static void checkNodes(Path file, long line, long nodes) throws GraphFormatException {
        if (nodes > maxNodes()) {
            throw new GraphFormatException(file, line, nodes + " nodes exceed the limit of " + maxNodes()
                    + " (garbled id or size? raise -Dsparsegnn.maxNodes if the graph is really that large)");
        }
    }
}
