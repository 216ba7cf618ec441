package org.sparsegnn.engine.embed;

import java.util.SplittableRandom;

/**
 * Generates one walk: uniform (DeepWalk) or second order (node2vec). node2vec transition weights from v, having
 * come from t, to a neighbour x are 1/p (x = t), 1 (x adjacent to t) or 1/q (otherwise); they are sampled by
 * rejection (draw x uniformly, accept with weight / max weight), which needs no per-edge alias tables and so
 * fits million-edge graphs in little memory. A walk stops early at a node without neighbours.
 */
public final class RandomWalker {
    private final WalkGraph graph;
    private final int length;
    private final boolean secondOrder;
    private final double invP;
    private final double invQ;
    private final double maxWeight;

    public RandomWalker(WalkGraph graph, EmbeddingParams params) {
        this.graph = graph;
        this.length = params.walkLength();
        this.secondOrder = params.secondOrder();
        this.invP = 1.0 / params.p();
        this.invQ = 1.0 / params.q();
        this.maxWeight = Math.max(1.0, Math.max(invP, invQ));
    }

    public int length() {
        return length;
    }

    /** Writes the walk from {@code start} into {@code out} (capacity ≥ length) and returns its length. */
    public int walk(int start, SplittableRandom rng, int[] out) {
        out[0] = start;
        int n = 1;
        while (n < length) {
            int v = out[n - 1];
            int deg = graph.degree(v);
            if (deg == 0) break;
            if (!secondOrder || n == 1) {
                out[n++] = graph.neighbor(v, rng.nextInt(deg));
            } else {
                int next = secondOrderStep(out[n - 2], v, deg, rng);
                out[n++] = next;
            }
        }
        return n;
    }

    private int secondOrderStep(int t, int v, int deg, SplittableRandom rng) {
        while (true) {
            int x = graph.neighbor(v, rng.nextInt(deg));
            double w = x == t ? invP : graph.hasEdge(t, x) ? 1.0 : invQ;
            if (rng.nextDouble() * maxWeight < w) return x;
        }
    }
}
