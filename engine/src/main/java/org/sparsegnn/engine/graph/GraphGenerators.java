package org.sparsegnn.engine.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Seeded random graphs made by the project itself (the embedded samples and scale tests):
 * <ul>
 *   <li>{@link #stochasticBlockModel}: degree-corrected SBM with k classes and class-correlated sparse binary
 *       bag-of-words features, plus a Planetoid-style split (20 labelled nodes per class);</li>
 *   <li>{@link #chungLu}: power-law (Chung–Lu) graph for scale tests, millions of nodes in seconds, memory-lean
 *       (8 bytes per edge while sampling, then CSR).</li>
 * </ul>
 * The same parameters and seed always give the same graph.
 */
public final class GraphGenerators {
    private GraphGenerators() {
    }

    /**
     * @param nodes        number of nodes (classes are assigned round-robin, so sizes differ by at most one)
     * @param classes      number of classes k
     * @param avgDegree    expected mean degree
     * @param homophily    probability that an edge joins two nodes of the same class
     * @param vocabulary   number of feature columns (words); each class "prefers" its own block of vocabulary/k
     * @param wordsPerNode mean number of words per node
     * @param signal       probability that a word comes from the node's class block (else uniform over all words)
     * @param trainPerClass labelled training nodes per class; {@code valSize} validation nodes; the rest test
     */
    public record SbmSpec(int nodes, int classes, double avgDegree, double homophily, int vocabulary, double wordsPerNode,
                          double signal, int trainPerClass, int valSize) {
        public SbmSpec {
            if (nodes < 2 || classes < 1 || classes > nodes) throw new IllegalArgumentException("need 2+ nodes and 1..nodes classes");
            if (homophily < 0 || homophily > 1 || signal < 0 || signal > 1) throw new IllegalArgumentException("probabilities must be in [0,1]");
            if (vocabulary < classes) throw new IllegalArgumentException("vocabulary must have at least one word per class");
            if ((long) trainPerClass * classes + valSize > nodes) throw new IllegalArgumentException("split larger than the graph");
        }
    }

    /** Degree-corrected SBM (degree propensities ~ Pareto with exponent 2.5, capped) with features and split. */
    public static Graph stochasticBlockModel(String name, SbmSpec s, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = s.nodes(), k = s.classes();
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = i % k;
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) theta[i] = Math.min(10.0, Math.pow(1 - rnd.nextDouble(), -1 / 1.5)); // Pareto, alpha 1.5
        AliasSampler all = new AliasSampler(theta);
        AliasSampler[] byClass = new AliasSampler[k];
        int[][] members = new int[k][];
        for (int c = 0; c < k; c++) {
            final int cc = c;
            members[c] = IntStream.range(0, n).filter(i -> labels[i] == cc).toArray();
            byClass[c] = new AliasSampler(Arrays.stream(members[c]).mapToDouble(i -> theta[i]).toArray());
        }
        long targetEdges = Math.round(n * s.avgDegree() / 2);
        AdjacencyBuilder b = new AdjacencyBuilder((int) targetEdges, false);
        HashSet<Long> seen = new HashSet<>();
        long attempts = 0;
        while (seen.size() < targetEdges && attempts++ < targetEdges * 50) {
            int u = all.sample(rnd);
            int v;
            if (k == 1 || rnd.nextDouble() < s.homophily()) {
                v = members[labels[u]][byClass[labels[u]].sample(rnd)];
            } else {
                do {
                    v = all.sample(rnd);
                } while (labels[v] == labels[u]);
            }
            if (u == v) continue;
            long key = ((long) Math.min(u, v) << 32) | Math.max(u, v);
            if (seen.add(key)) b.add(u, v);
        }
        CsrMatrix features = bagOfWords(labels, k, s, rnd);
        return new Graph(name, b.build(n, true), features, labels, k, classNames(k), planetoidStyleSplit(labels, k, s, rnd), false);
    }

    private static List<String> classNames(int k) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < k; c++) names.add("class-" + c);
        return names;
    }

    private static CsrMatrix bagOfWords(int[] labels, int k, SbmSpec s, SplittableRandom rnd) {
        int n = labels.length, f = s.vocabulary(), block = f / k;
        List<int[]> rows = new ArrayList<>(n);
        int nnz = 0;
        for (int i = 0; i < n; i++) {
            int words = Math.max(1, poisson(s.wordsPerNode(), rnd));
            int[] w = new int[words];
            for (int t = 0; t < words; t++) {
                w[t] = rnd.nextDouble() < s.signal() ? labels[i] * block + rnd.nextInt(block) : rnd.nextInt(f);
            }
            w = Arrays.stream(w).sorted().distinct().toArray();
            rows.add(w);
            nnz += w.length;
        }
        int[] indptr = new int[n + 1], indices = new int[nnz];
        float[] values = new float[nnz];
        Arrays.fill(values, 1f);
        for (int i = 0; i < n; i++) {
            int[] w = rows.get(i);
            System.arraycopy(w, 0, indices, indptr[i], w.length);
            indptr[i + 1] = indptr[i] + w.length;
        }
        return new CsrMatrix(n, f, indptr, indices, values);
    }

    private static int poisson(double mean, SplittableRandom rnd) {
        double l = Math.exp(-mean), p = 1;
        int k = 0;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** train = {@code trainPerClass} random nodes per class, val = {@code valSize} random others, test = the rest. */
    private static Map<String, int[]> planetoidStyleSplit(int[] labels, int k, SbmSpec s, SplittableRandom rnd) {
        int n = labels.length;
        int[] order = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] taken = new int[k];
        boolean[] used = new boolean[n];
        List<Integer> train = new ArrayList<>(), val = new ArrayList<>(), test = new ArrayList<>();
        for (int v : order) {
            if (taken[labels[v]] < s.trainPerClass()) {
                taken[labels[v]]++;
                train.add(v);
                used[v] = true;
            }
        }
        for (int v : order) {
            if (used[v]) continue;
            if (val.size() < s.valSize()) val.add(v);
            else test.add(v);
        }
        Map<String, int[]> out = new LinkedHashMap<>();
        out.put(Graph.TRAIN, train.stream().mapToInt(Integer::intValue).sorted().toArray());
        out.put(Graph.VAL, val.stream().mapToInt(Integer::intValue).sorted().toArray());
        out.put(Graph.TEST, test.stream().mapToInt(Integer::intValue).sorted().toArray());
        return out;
    }

    /**
     * Chung–Lu power-law graph: node i has expected degree proportional to (i + i0)^(-1/(gamma-1)), scaled to the
     * requested mean degree; {@code nodes * avgDegree / 2} endpoint pairs are drawn with the alias method, then
     * self-loops dropped and repeats merged (so the realised mean degree is slightly lower). Undirected, no features.
     *
     * @param gamma degree exponent (&gt; 2; real networks 2–3)
     */
    public static Graph chungLu(String name, int nodes, double avgDegree, double gamma, long seed) {
        if (nodes < 2 || avgDegree <= 0 || gamma <= 2) throw new IllegalArgumentException("need nodes >= 2, avgDegree > 0, gamma > 2");
        long m = Math.round(nodes * avgDegree / 2);
        if (m > (Integer.MAX_VALUE - 8) / 2) throw new IllegalArgumentException("too many edges: " + m);
        double[] w = new double[nodes];
        double exp = -1.0 / (gamma - 1), i0 = 10;
        for (int i = 0; i < nodes; i++) w[i] = Math.pow(i + i0, exp);
        AliasSampler sampler = new AliasSampler(w);
        SplittableRandom rnd = new SplittableRandom(seed);
        AdjacencyBuilder b = new AdjacencyBuilder((int) m, false);
        for (long e = 0; e < m; e++) {
            int u = sampler.sample(rnd), v = sampler.sample(rnd);
            if (u != v) b.add(u, v);
        }
        return new Graph(name, b.build(nodes, true), null, null, 0, List.of(), Map.of(), false);
    }
}
