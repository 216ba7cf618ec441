package org.sparsegnn.engine.train;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sparsegnn.engine.graph.CsrMatrix;
import org.sparsegnn.engine.graph.DenseMatrix;
import org.sparsegnn.engine.graph.FeatureMatrix;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.GraphPreprocessing;
import org.sparsegnn.engine.model.Fnn;
import org.sparsegnn.engine.model.Gcn;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.model.Network;
import org.sparsegnn.engine.nn.Floats;
import org.sparsegnn.engine.nn.Inputs;
import org.sparsegnn.engine.nn.LayerInput;
import org.sparsegnn.engine.nn.LossResult;
import org.sparsegnn.engine.nn.SoftmaxCrossEntropy;
import org.sparsegnn.engine.nn.SparseRows;
import org.sparsegnn.engine.sparsity.Evaluation;

/**
 * Node classification with softmax cross-entropy over the training nodes. GCN trains full batch on the whole
 * graph (loss masked to the training nodes); FNN trains on the training nodes' feature rows, full batch or in
 * shuffled mini-batches ({@code batchSize}). Metrics: accuracy on the train / val / test splits.
 */
public final class NodeClassificationTask implements Task {
    private final Graph graph;
    private final TrainingConfig config;
    private final SparseRows propagation; // null for FNN
    private final LayerInput features;
    private final int[] labels;
    private final int[] train;
    private final int[] val;
    private final int[] test;
    private final int batchSize; // effective; train.length for full batch
    private int[] order;          // training rows in this epoch's order (FNN)
    private final LayerInput trainFeatures; // FNN full batch: the training rows, selected once
    private final int[] trainLabelsLocal;   // labels of trainFeatures' rows

    /**
     * @param graph       labelled graph with features (already preprocessed, e.g. row-normalised) and splits
     *                    "train", "val", "test"
     * @param propagation the GCN propagation matrix Â (ignored for FNN, may be null then)
     */
    public NodeClassificationTask(Graph graph, CsrMatrix propagation, TrainingConfig config) {
        if (!graph.hasLabels()) throw new IllegalArgumentException("graph '" + graph.name() + "' has no node labels to classify");
        if (graph.features() == null) {
            throw new IllegalArgumentException("graph '" + graph.name() + "' has no node features (use node embeddings)");
        }
        this.graph = graph;
        this.config = config;
        this.labels = graph.labels();
        this.train = requireSplit(graph, Graph.TRAIN);
        this.val = graph.split(Graph.VAL).orElse(new int[0]);
        this.test = graph.split(Graph.TEST).orElse(new int[0]);
        for (int r : train) {
            if (labels[r] < 0) throw new IllegalArgumentException("training node " + r + " has no label");
        }
        this.features = Inputs.of(graph.features());
        boolean gcn = config.model() == ModelKind.GCN;
        if (gcn && propagation == null) throw new IllegalArgumentException("GCN needs a propagation matrix");
        this.propagation = gcn ? new SparseRows(propagation) : null;
        this.batchSize = gcn || config.batchSize() <= 0 ? train.length : Math.min(config.batchSize(), train.length);
        this.order = train.clone();
        this.trainFeatures = gcn ? null : features.selectRows(train);
        this.trainLabelsLocal = new int[train.length];
        for (int i = 0; i < train.length; i++) trainLabelsLocal[i] = labels[train[i]];
    }

    /**
     * The GCN recipe's preprocessing applied to a raw graph: row-normalised features (count-like, nonnegative
     * features only: signed features such as embeddings are used as they are), Â = D^-1/2(A+I)D^-1/2 (of
     * the symmetrised adjacency for directed graphs), and the configured split ("standard": the graph's own,
     * "random": seeded stratified 60/20/20).
     */
    public static NodeClassificationTask forGraph(Graph raw, TrainingConfig config) {
        if (raw.features() == null) {
            throw new IllegalArgumentException("graph '" + raw.name() + "' has no node features (use node embeddings)");
        }
        if (!raw.hasLabels()) throw new IllegalArgumentException("graph '" + raw.name() + "' has no node labels to classify");
        Graph g = isNonNegative(raw.features()) ? raw.withFeatures(GraphPreprocessing.rowNormalize(raw.features())) : raw;
        g = switch (config.split()) {
            case "standard" -> g;
            case "random" -> g.withSplits(GraphPreprocessing.randomSplit6020(g.labels(), config.seed()));
            default -> throw new IllegalArgumentException("unknown split '" + config.split() + "'; known: standard, random");
        };
        CsrMatrix adjacency = raw.directed() ? GraphPreprocessing.symmetrize(raw.adjacency()) : raw.adjacency();
        CsrMatrix propagation = config.model() == ModelKind.GCN ? GraphPreprocessing.gcnNormalize(adjacency) : null;
        return new NodeClassificationTask(g, propagation, config);
    }

    private static boolean isNonNegative(FeatureMatrix x) {
        float[] v = x instanceof CsrMatrix c ? c.values() : ((DenseMatrix) x).data();
        for (float f : v) if (f < 0) return false;
        return true;
    }

    private static int[] requireSplit(Graph g, String name) {
        int[] s = g.split(name).orElseThrow(() -> new IllegalArgumentException("graph '" + g.name() + "' has no '" + name + "' split"));
        if (s.length == 0) throw new IllegalArgumentException("graph '" + g.name() + "' has an empty '" + name + "' split");
        return s;
    }

    @Override
    public String id() {
        return TaskKind.NODE.id();
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dataset", graph.name());
        m.put("nodes", Integer.toString(graph.numNodes()));
        m.put("features", Integer.toString(graph.numFeatures()));
        m.put("classes", Integer.toString(graph.numClasses()));
        m.put("train_nodes", Integer.toString(train.length));
        return m;
    }

    @Override
    public Network createModel(TrainingConfig c) {
        int f = features.cols(), classes = graph.numClasses();
        return switch (c.model()) {
            case GCN -> {
                if (c.hidden().size() != 1) throw new IllegalArgumentException("GCN takes one hidden size, got " + c.hidden());
                yield new Gcn(f, c.hidden().get(0), classes, propagation, features.density(), c.dropout(), c.seed(),
                        c.kernels());
            }
            case FNN -> new Fnn(f, c.hidden(), classes, c.dropout(), c.seed(), train.length, features.density(),
                    c.kernels());
        };
    }

    @Override
    public int stepsPerEpoch() {
        return (train.length + batchSize - 1) / batchSize;
    }

    @Override
    public void beginEpoch(Random random) {
        if (propagation != null || batchSize == train.length) return;
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    @Override
    public double trainStep(Network model, int stepInEpoch) {
        LossResult loss;
        if (propagation != null) {
            INDArray logits = model.forward(features, true);
            loss = SoftmaxCrossEntropy.compute(logits, labels, train);
        } else if (batchSize == train.length) {
            INDArray logits = model.forward(trainFeatures, true);
            loss = SoftmaxCrossEntropy.compute(logits, trainLabelsLocal, allRows(train.length));
        } else {
            int from = stepInEpoch * batchSize, to = Math.min(order.length, from + batchSize);
            int[] rows = Arrays.copyOfRange(order, from, to);
            int[] y = new int[rows.length];
            for (int i = 0; i < rows.length; i++) y[i] = labels[rows[i]];
            INDArray logits = model.forward(features.selectRows(rows), true);
            loss = SoftmaxCrossEntropy.compute(logits, y, allRows(rows.length));
        }
        model.backward(loss.gradient());
        return loss.loss();
    }

    @Override
    public Evaluation evaluate(Network model) {
        INDArray logits = model.forward(features, false);
        double loss = SoftmaxCrossEntropy.compute(logits, labels, train).loss();
        float[] z = Floats.read(logits);
        int c = graph.numClasses();
        return new Evaluation(loss, SoftmaxCrossEntropy.accuracy(z, c, labels, train),
                SoftmaxCrossEntropy.accuracy(z, c, labels, val), SoftmaxCrossEntropy.accuracy(z, c, labels, test),
                Map.of());
    }

    private int[] allRowsCache = new int[0];

    private int[] allRows(int n) {
        if (allRowsCache.length != n) {
            allRowsCache = new int[n];
            for (int i = 0; i < n; i++) allRowsCache[i] = i;
        }
        return allRowsCache;
    }
}
