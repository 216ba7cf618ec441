package org.sparsegnn.engine.embed;

import java.util.SplittableRandom;

/**
 * The walk "sentences" for skip-gram, generated on demand instead of stored: walk {@code i} (0 ≤ i &lt;
 * walksPerNode · n) starts at the {@code i mod n}-th node of round {@code i / n}'s seeded shuffle and draws its
 * steps from a random source seeded by (seed, i) alone. So any thread can regenerate any walk, the token counts
 * for the negative-sampling table come from a cheap extra pass, and memory stays O(n) even for 1M+ nodes.
 */
public final class WalkCorpus {
    private final RandomWalker walker;
    private final int numNodes;
    private final int rounds;
    private final long seed;
    private final int[][] order;

    public WalkCorpus(WalkGraph graph, EmbeddingParams params) {
        this.walker = new RandomWalker(graph, params);
        this.numNodes = graph.numNodes();
        this.rounds = params.walksPerNode();
        this.seed = params.seed();
        this.order = new int[rounds][];
        SplittableRandom shuffleRng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int r = 0; r < rounds; r++) {
            int[] perm = new int[numNodes];
            for (int i = 0; i < numNodes; i++) perm[i] = i;
            for (int i = numNodes - 1; i > 0; i--) {
                int j = shuffleRng.nextInt(i + 1);
                int tmp = perm[i]; perm[i] = perm[j]; perm[j] = tmp;
            }
            order[r] = perm;
        }
    }

    public int numNodes() {
        return numNodes;
    }

    public long numWalks() {
        return (long) rounds * numNodes;
    }

    public int maxWalkLength() {
        return walker.length();
    }

    /** Writes walk {@code index} into {@code out} and returns its length; the same index gives the same walk. */
    public int walk(long index, int[] out) {
        int round = (int) (index / numNodes);
        int start = order[round][(int) (index % numNodes)];
        SplittableRandom rng = new SplittableRandom(mix(seed, index));
        return walker.walk(start, rng, out);
    }

    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 1;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
