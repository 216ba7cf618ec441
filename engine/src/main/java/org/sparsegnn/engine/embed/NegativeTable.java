package org.sparsegnn.engine.embed;

/**
 * word2vec's negative-sampling table: node v fills a share of the table proportional to count(v)^0.75, so a
 * uniform index into the table draws from the smoothed unigram distribution in O(1).
 */
final class NegativeTable {
    private final int[] table;

    NegativeTable(long[] counts, int size) {
        double total = 0;
        for (long c : counts) total += Math.pow(c, 0.75);
        if (total == 0) throw new IllegalArgumentException("walk corpus is empty");
        table = new int[size];
        int pos = 0;
        int last = 0;
        double cumulative = 0;
        for (int v = 0; v < counts.length; v++) {
            if (counts[v] == 0) continue;
            cumulative += Math.pow(counts[v], 0.75) / total;
            int end = (int) Math.min(size, Math.round(cumulative * size));
            while (pos < end) table[pos++] = v;
            last = v;
        }
        while (pos < size) table[pos++] = last; // rounding leftovers
    }

    /** word2vec uses 1e8 entries; ~100 per node (at least 1e6, at most 5e7) keeps the shares exact enough. */
    static int sizeFor(int numNodes) {
        return (int) Math.max(1_000_000L, Math.min(50_000_000L, 100L * numNodes));
    }

    int size() {
        return table.length;
    }

    int get(int i) {
        return table[i];
    }
}
