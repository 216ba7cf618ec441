package org.sparsegnn.engine.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.embed.EmbeddingConfig;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.nn.KernelChoice;
import org.sparsegnn.engine.sparsity.SparsityDistribution;

/** Mutable copy of a {@link TrainingConfig} for changing several fields at once (front ends, presets). */
public final class TrainingConfigBuilder {
    public TaskKind task;
    public ModelKind model;
    public List<Integer> hidden;
    public double dropout;
    public int epochs;
    public String optimizer;
    public double lr;
    public double momentum;
    public boolean nesterov;
    public double weightDecay;
    public String lrSchedule;
    public double lrGamma;
    public int batchSize;
    public long seed;
    public String split;
    public String method;
    public double sparsity;
    public SparsityDistribution distribution;
    public String prunableLayers;
    public Map<String, Double> methodParams;
    public String preset;
    public EmbeddingConfig embedding;
    public KernelChoice kernels;

    public static TrainingConfigBuilder from(TrainingConfig c) {
        TrainingConfigBuilder b = new TrainingConfigBuilder();
        b.task = c.task();
        b.model = c.model();
        b.hidden = c.hidden();
        b.dropout = c.dropout();
        b.epochs = c.epochs();
        b.optimizer = c.optimizer();
        b.lr = c.lr();
        b.momentum = c.momentum();
        b.nesterov = c.nesterov();
        b.weightDecay = c.weightDecay();
        b.lrSchedule = c.lrSchedule();
        b.lrGamma = c.lrGamma();
        b.batchSize = c.batchSize();
        b.seed = c.seed();
        b.split = c.split();
        b.method = c.method();
        b.sparsity = c.sparsity();
        b.distribution = c.distribution();
        b.prunableLayers = c.prunableLayers();
        b.methodParams = new LinkedHashMap<>(c.methodParams());
        b.preset = c.preset();
        b.embedding = c.embedding();
        b.kernels = c.kernels();
        return b;
    }

    public TrainingConfig build() {
        return new TrainingConfig(task, model, hidden, dropout, epochs, optimizer, lr, momentum, nesterov,
                weightDecay, lrSchedule, lrGamma, batchSize, seed, split, method, sparsity, distribution,
                prunableLayers, methodParams, preset, embedding, kernels);
    }
}
