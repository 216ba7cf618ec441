package org.sparsegnn.engine.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.nn.LrSchedule;
import org.sparsegnn.engine.nn.Optimizers;
import org.sparsegnn.engine.train.ConfigPresets;
import org.sparsegnn.engine.train.TrainingConfig;
import org.sparsegnn.engine.train.TrainingConfigBuilder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Model, optimisation and sparsification options shared by the training commands. Options left out keep the
 * model's defaults (Kipf's recipe for GCN), then the preset's values; explicit options win over both.
 */
public final class RunOptions {
    @Option(names = "--task", paramLabel = "node|link", description = "node classification or link prediction (default node)")
    String task;
    @Option(names = "--model", paramLabel = "gcn|fnn", description = "model (default gcn)")
    String model;
    @Option(names = "--hidden", split = ",", paramLabel = "N", description = "hidden sizes, e.g. 16 or 256,128")
    List<Integer> hidden;
    @Option(names = "--epochs", description = "training epochs (default 200)")
    Integer epochs;
    @Option(names = "--lr", description = "learning rate (default 0.01)")
    Double lr;
    @Option(names = "--weight-decay", description = "L2 weight decay (GCN: first layer only; default 5e-4)")
    Double weightDecay;
    @Option(names = "--dropout", description = "dropout rate on layer inputs (default 0.5)")
    Double dropout;
    @Option(names = "--optimizer", paramLabel = "adam|sgd", description = "optimizer (default adam)")
    String optimizer;
    @Option(names = "--momentum", description = "SGD momentum (default 0)")
    Double momentum;
    @Option(names = "--nesterov", description = "Nesterov momentum for SGD")
    Boolean nesterov;
    @Option(names = "--lr-schedule", paramLabel = "constant|exponential|cosine", description = "learning-rate schedule")
    String lrSchedule;
    @Option(names = "--lr-gamma", description = "per-epoch factor of the exponential schedule")
    Double lrGamma;
    @Option(names = "--batch-size", description = "mini-batch size for FNN (0 = full batch)")
    Integer batchSize;
    @Option(names = "--split", paramLabel = "standard|random", description = "dataset split or seeded stratified 60/20/20")
    String split;
    @Option(names = "--method", description = "sparsity method (default dense)")
    String method;
    @Option(names = "--sparsity", description = "target fraction of zero weights in the prunable layers")
    Double sparsity;
    @Option(names = "--distribution", paramLabel = "uniform|erk", description = "how the target sparsity is spread over layers: erk (default; small layers kept denser, as RigL) or uniform")
    String distribution;
    @Option(names = "--prunable-layers", paramLabel = "all|first|last|NAMES", description = "which weights may be pruned")
    String prunableLayers;
    @Option(names = "--preset", paramLabel = "NAME", description = "preset settings, e.g. paper (explicit options override it)")
    String preset;
    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "method hyperparameter (repeatable)")
    Map<String, Double> params = new LinkedHashMap<>();
    @Mixin
    EmbeddingOptions embedding = new EmbeddingOptions();

    /** The configuration for one seed: defaults → preset → explicit options. */
    public TrainingConfig toConfig(long seed) {
        boolean link = "link".equals(task);
        String m = model == null ? (link ? "fnn" : "gcn") : model;
        if (link && !"fnn".equals(m)) throw new IllegalArgumentException("--task link supports --model fnn only, got '" + m + "'");
        TrainingConfig base = link ? TrainingConfig.linkDefaults() : switch (m) {
            case "gcn" -> TrainingConfig.gcnDefaults();
            case "fnn" -> TrainingConfig.fnnDefaults();
            default -> throw new IllegalArgumentException("unknown model '" + m + "'; known: gcn, fnn");
        };
        TrainingConfigBuilder b = TrainingConfigBuilder.from(base);
        if (task != null) b.task = task;
        if (method != null) b.method = method;
        if (sparsity != null) b.sparsity = sparsity;
        if (preset != null) b.preset = preset;
        b.seed = seed;
        b = TrainingConfigBuilder.from(ConfigPresets.apply(b.build()));
        if (hidden != null) b.hidden = hidden;
        if (epochs != null) b.epochs = epochs;
        if (lr != null) b.lr = lr;
        if (weightDecay != null) b.weightDecay = weightDecay;
        if (dropout != null) b.dropout = dropout;
        if (optimizer != null) b.optimizer = optimizer;
        if (momentum != null) b.momentum = momentum;
        if (nesterov != null) b.nesterov = nesterov;
        if (lrSchedule != null) b.lrSchedule = lrSchedule;
        if (lrGamma != null) b.lrGamma = lrGamma;
        if (batchSize != null) b.batchSize = batchSize;
        if (split != null) b.split = split;
        if (method != null) b.method = method;
        if (sparsity != null) b.sparsity = sparsity;
        if (distribution != null) b.distribution = distribution;
        if (prunableLayers != null) b.prunableLayers = prunableLayers;
        b.methodParams.putAll(params);
        b.embedding = embedding.apply(b.embedding, b.task);
        TrainingConfig c = b.build();
        validate(c);
        return c;
    }

    private static void validate(TrainingConfig c) {
        if (c.epochs() < 1) throw new IllegalArgumentException("--epochs must be at least 1, got " + c.epochs());
        if (!(c.lr() > 0)) throw new IllegalArgumentException("--lr must be positive, got " + c.lr());
        if (c.weightDecay() < 0) throw new IllegalArgumentException("--weight-decay must be >= 0, got " + c.weightDecay());
        if (!(c.dropout() >= 0 && c.dropout() < 1)) throw new IllegalArgumentException("--dropout must be in [0, 1), got " + c.dropout());
        if (!(c.sparsity() >= 0 && c.sparsity() < 1)) throw new IllegalArgumentException("--sparsity must be in [0, 1), got " + c.sparsity());
        if (c.batchSize() < 0) throw new IllegalArgumentException("--batch-size must be >= 0, got " + c.batchSize());
        for (int h : c.hidden()) if (h < 1) throw new IllegalArgumentException("--hidden sizes must be positive, got " + c.hidden());
        Optimizers.create(c.optimizer(), c.momentum(), c.nesterov()); // throws with the known names
        LrSchedule.of(c.lrSchedule(), c.lr(), c.lrGamma());
        if (!List.of("standard", "random").contains(c.split())) {
            throw new IllegalArgumentException("unknown --split '" + c.split() + "'; known: standard, random");
        }
        if ("gcn".equals(c.model()) && c.hidden().size() != 1) {
            throw new IllegalArgumentException("--hidden for gcn takes one size (2 layers), got " + c.hidden());
        }
        if (!List.of("uniform", "erk").contains(c.distribution())) {
            throw new IllegalArgumentException("unknown --distribution '" + c.distribution() + "'; known: uniform, erk");
        }
    }
}
