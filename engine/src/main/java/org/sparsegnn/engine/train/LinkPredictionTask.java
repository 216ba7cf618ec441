package org.sparsegnn.engine.train;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.sparsegnn.engine.graph.FeatureMatrix;
import org.sparsegnn.engine.link.BinaryMetrics;
import org.sparsegnn.engine.link.EdgeFeature;
import org.sparsegnn.engine.link.LabeledEdges;
import org.sparsegnn.engine.model.Fnn;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.model.Network;
import org.sparsegnn.engine.nn.Floats;
import org.sparsegnn.engine.nn.Inputs;
import org.sparsegnn.engine.nn.LayerInput;
import org.sparsegnn.engine.nn.LossResult;
import org.sparsegnn.engine.nn.RowBatches;
import org.sparsegnn.engine.nn.SigmoidBinaryCrossEntropy;
import org.sparsegnn.engine.sparsity.Evaluation;

/**
 * Link prediction as binary classification of node pairs (paper §IV): an FNN (one logit) on edge features made
 * from the endpoints' node embeddings, sigmoid + binary cross-entropy over shuffled mini-batches of the training
 * pairs. Main metric: binary accuracy at 0.5; ROC-AUC and average precision go to {@link Evaluation#extra()}
 * ({@code val_auc}, {@code test_auc}, {@code val_ap}, {@code test_ap}). Model selection uses validation accuracy
 * (the trainer's rule), never test. Sparse (top-k) embeddings arrive as CSR edge features, so the first layer
 * runs the sparse kernel and the FLOPs model sees their density.
 */
public final class LinkPredictionTask implements Task {
    /** Evaluation of the training split uses at most this many pairs (a fixed seeded sample) per epoch. */
    static final int TRAIN_EVAL_SAMPLE = 50_000;
    /** Rows per evaluation forward pass: the layers' buffers for this many rows stay in cache and are reused. */
    private static final int EVAL_CHUNK = 8_192;

    private final LayerInput train;
    private final RowBatches batches = new RowBatches(); // training batches and evaluation chunks, reused buffers
    private final float[] trainLabels;
    private final LayerInput trainEval;
    private final float[] trainEvalLabels;
    private final LayerInput val;
    private final float[] valLabels;
    private final LayerInput test;
    private final float[] testLabels;
    private final int batchSize;
    private final int[] order;
    private final Map<String, String> description = new LinkedHashMap<>();
    private final Map<String, Double> constants = new LinkedHashMap<>();

    /**
     * @param nodeInputs node embeddings (dense) or top-k sparse embeddings (CSR), one row per node
     * @param constants  numbers reported with every evaluation, e.g. {@code embedding_seconds}
     */
    public LinkPredictionTask(String dataset, FeatureMatrix nodeInputs, EdgeFeature edgeFeature, LabeledEdges trainPairs,
                              LabeledEdges valPairs, LabeledEdges testPairs, TrainingConfig config,
                              Map<String, Double> constants) {
        if (trainPairs.size() == 0 || valPairs.size() == 0 || testPairs.size() == 0) {
            throw new IllegalArgumentException("link prediction needs non-empty train, val and test pairs");
        }
        this.train = Inputs.of(edgeFeature.apply(nodeInputs, trainPairs.src(), trainPairs.dst()));
        this.trainLabels = trainPairs.labels();
        int[] sample = sampleRows(trainPairs.size(), TRAIN_EVAL_SAMPLE, config.seed());
        this.trainEval = sample == null ? train : train.selectRows(sample);
        this.trainEvalLabels = sample == null ? trainLabels : pick(trainLabels, sample);
        this.val = features(nodeInputs, edgeFeature, valPairs);
        this.valLabels = valPairs.labels();
        this.test = features(nodeInputs, edgeFeature, testPairs);
        this.testLabels = testPairs.labels();
        this.batchSize = config.batchSize() <= 0 ? trainPairs.size() : Math.min(config.batchSize(), trainPairs.size());
        this.order = new int[trainPairs.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        this.constants.putAll(constants);
        description.put("dataset", dataset);
        description.put("nodes", Integer.toString(nodeInputs.rows()));
        description.put("embedding_dim", Integer.toString(nodeInputs.cols()));
        description.put("embedding_density", fmt(nodeInputs.density()));
        description.put("edge_feature", edgeFeature.name().toLowerCase(Locale.ROOT));
        description.put("edge_feature_density", fmt(train.density()));
        description.put("train_pairs", Integer.toString(trainPairs.size()));
        description.put("val_pairs", Integer.toString(valPairs.size()));
        description.put("test_pairs", Integer.toString(testPairs.size()));
        constants.forEach((k, v) -> description.put(k, fmt(v)));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static LayerInput features(FeatureMatrix nodes, EdgeFeature f, LabeledEdges pairs) {
        return Inputs.of(f.apply(nodes, pairs.src(), pairs.dst()));
    }

    private static int[] sampleRows(int n, int max, long seed) {
        if (n <= max) return null;
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        SplittableRandom r = new SplittableRandom(seed ^ 0x7A11L);
        for (int i = 0; i < max; i++) {
            int j = i + r.nextInt(n - i);
            int t = all[i]; all[i] = all[j]; all[j] = t;
        }
        int[] s = Arrays.copyOf(all, max);
        Arrays.sort(s);
        return s;
    }

    private static float[] pick(float[] values, int[] rows) {
        float[] out = new float[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = values[rows[i]];
        return out;
    }

    @Override
    public String id() {
        return TaskKind.LINK.id();
    }

    @Override
    public Map<String, String> describe() {
        return Map.copyOf(description);
    }

    /** Input density of the first layer (1 − p_e for sparse edge features), as the FLOPs model uses it. */
    public double inputDensity() {
        return train.density();
    }

    @Override
    public Network createModel(TrainingConfig c) {
        if (c.model() != ModelKind.FNN) {
            throw new IllegalArgumentException("link prediction supports model fnn, not '" + c.model() + "'");
        }
        return new Fnn(train.cols(), c.hidden(), 1, c.dropout(), c.seed(), train.rows(), train.density(),
                c.kernels());
    }

    @Override
    public int stepsPerEpoch() {
        return (order.length + batchSize - 1) / batchSize;
    }

    @Override
    public void beginEpoch(Random random) {
        if (batchSize == order.length) return;
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i]; order[i] = order[j]; order[j] = t;
        }
    }

    @Override
    public double trainStep(Network model, int stepInEpoch) {
        LossResult loss;
        if (batchSize == order.length) {
            loss = SigmoidBinaryCrossEntropy.compute(model.forward(train, true), trainLabels);
        } else {
            int from = stepInEpoch * batchSize, to = Math.min(order.length, from + batchSize);
            int[] rows = Arrays.copyOfRange(order, from, to);
            loss = SigmoidBinaryCrossEntropy.compute(model.forward(batches.select(train, rows), true), pick(trainLabels, rows));
        }
        model.backward(loss.gradient());
        return loss.loss();
    }

    @Override
    public Evaluation evaluate(Network model) {
        float[] trainLogits = logits(model, trainEval);
        double loss = SigmoidBinaryCrossEntropy.compute(Floats.matrix(trainLogits, trainLogits.length, 1), trainEvalLabels).loss();
        float[] trainP = sigmoid(trainLogits), valP = sigmoid(logits(model, val)), testP = sigmoid(logits(model, test));
        Map<String, Double> extra = new LinkedHashMap<>();
        extra.put("train_auc", BinaryMetrics.rocAuc(trainP, trainEvalLabels));
        extra.put("val_auc", BinaryMetrics.rocAuc(valP, valLabels));
        extra.put("test_auc", BinaryMetrics.rocAuc(testP, testLabels));
        extra.put("val_ap", BinaryMetrics.averagePrecision(valP, valLabels));
        extra.put("test_ap", BinaryMetrics.averagePrecision(testP, testLabels));
        extra.putAll(constants);
        return new Evaluation(loss, BinaryMetrics.accuracy(trainP, trainEvalLabels),
                BinaryMetrics.accuracy(valP, valLabels), BinaryMetrics.accuracy(testP, testLabels), extra);
    }

    /** Forward in evaluation mode, in row chunks so a million pairs never need one huge activation matrix. */
    private float[] logits(Network model, LayerInput x) {
        int n = x.rows();
        if (n <= EVAL_CHUNK) return Floats.read(model.forward(x, false));
        float[] out = new float[n];
        for (int from = 0; from < n; from += EVAL_CHUNK) {
            int to = Math.min(n, from + EVAL_CHUNK);
            int[] rows = new int[to - from];
            for (int i = 0; i < rows.length; i++) rows[i] = from + i;
            INDArray z = model.forward(batches.select(x, rows), false);
            System.arraycopy(Floats.read(z), 0, out, from, rows.length);
        }
        return out;
    }

    private static float[] sigmoid(float[] z) {
        float[] p = new float[z.length];
        for (int i = 0; i < z.length; i++) p[i] = (float) SigmoidBinaryCrossEntropy.sigmoid(z[i]);
        return p;
    }
}
