package org.sparsegnn.engine.graph.io;

import java.util.Arrays;

/**
 * How the integer node ids of a text file map to rows 0..n-1: unchanged (0-based), minus one (1-based), or
 * remapped in increasing id order when the ids are sparse (e.g. ca-AstroPh's ids reach 133279 for 18772 nodes).
 */
public final class NodeIds {
    /** How ids in the file are interpreted. */
    public enum Base {
        /** Decide from the ids: starts at 0 and dense → ZERO; starts at 1 and dense → ONE; else REMAP. */
        AUTO,
        ZERO,
        ONE,
        REMAP
    }

    private final Base base;
    private final int n;
    private final int[] sorted;

    private NodeIds(Base base, int n, int[] sorted) {
        this.base = base;
        this.n = n;
        this.sorted = sorted;
    }

    /**
     * @param distinct the distinct ids used, sorted ascending
     * @param minNodes nodes that must exist even without edges (0 if none)
     */
    static NodeIds decide(Base requested, int[] distinct, int minNodes) {
        if (distinct.length == 0) return new NodeIds(Base.ZERO, minNodes, distinct);
        int min = distinct[0], max = distinct[distinct.length - 1];
        Base b = requested;
        if (b == Base.AUTO) {
            // "dense": at most half of the id range is unused (isolated nodes are rare in real edge lists)
            boolean dense = (long) max + 1 <= 2L * distinct.length;
            if (min == 0 && dense) b = Base.ZERO;
            else if (min == 1 && dense) b = Base.ONE;
            else b = Base.REMAP;
        }
        return switch (b) {
            case ZERO -> new NodeIds(b, Math.max(minNodes, max + 1), null);
            case ONE -> new NodeIds(b, Math.max(minNodes, max), null);
            default -> new NodeIds(Base.REMAP, distinct.length, distinct);
        };
    }

    Base base() {
        return base;
    }

    /** Number of nodes. */
    int size() {
        return n;
    }

    /** Row of a file id, or -1 when the id is not a node (e.g. id 0 in a 1-based file). */
    int index(int id) {
        return switch (base) {
            case ZERO -> id < n ? id : -1;
            case ONE -> id >= 1 && id <= n ? id - 1 : -1;
            default -> {
                int k = Arrays.binarySearch(sorted, id);
                yield k >= 0 ? k : -1;
            }
        };
    }

    /** The file id of a row. */
    int originalId(int row) {
        return switch (base) {
            case ZERO -> row;
            case ONE -> row + 1;
            default -> sorted[row];
        };
    }
}
