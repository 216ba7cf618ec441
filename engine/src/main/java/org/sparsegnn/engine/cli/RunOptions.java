package org.sparsegnn.engine.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.nn.KernelChoice;
import org.sparsegnn.engine.sparsity.SparsityDistribution;
import org.sparsegnn.engine.train.ConfigPresets;
import org.sparsegnn.engine.train.PaperPreset;
import org.sparsegnn.engine.train.PresetAdaptation;
import org.sparsegnn.engine.train.SettingProblem;
import org.sparsegnn.engine.train.SettingsValidator;
import org.sparsegnn.engine.train.TaskKind;
import org.sparsegnn.engine.train.TrainingConfig;
import org.sparsegnn.engine.train.TrainingConfigBuilder;
import org.sparsegnn.engine.train.TrainingExamples;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Model, optimisation and sparsification options shared by the training commands. Options left out keep the
 * model's defaults (Kipf's recipe for GCN), then the preset's values; explicit options win over both.
 */
public final class RunOptions {
    @Option(names = "--task", paramLabel = "node|link", description = "node classification or link prediction (default node)")
    TaskKind task;
    @Option(names = "--model", paramLabel = "gcn|fnn", description = "model (default gcn)")
    ModelKind model;
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
    SparsityDistribution distribution;
    @Option(names = "--prunable-layers", paramLabel = "all|first|last|NAMES", description = "which weights may be pruned")
    String prunableLayers;
    @Option(names = "--preset", paramLabel = "NAME", description = "preset settings: paper (the paper's settings, adapted to the graph's size and listed when they are), paper-literal (exactly as the paper states them), tiny, demo; explicit options override it")
    String preset;
    @Option(names = "--kernels", paramLabel = "auto|dense|sparse", description = "kernels for the weight layers: "
            + "auto (default: sparse for masked weights at density <= 0.3 on the CPU backend), dense or sparse")
    KernelChoice kernels;
    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "method hyperparameter (repeatable)")
    Map<String, Double> params = new LinkedHashMap<>();
    @Mixin
    EmbeddingOptions embedding = new EmbeddingOptions();

    /** The configuration for one seed: defaults → preset → explicit options; every invalid one named. */
    public TrainingConfig toConfig(long seed) {
        TrainingConfig c = unchecked(seed);
        validate(SettingsValidator.problems(c));
        return c;
    }

    /** A run's configuration for a known graph, and what the paper preset adapted to that graph. */
    public record Resolved(TrainingConfig config, List<PresetAdaptation> adaptations) {
    }

    /**
     * The configuration for one seed on graph {@code g}: as {@link #toConfig}, with {@code --preset paper} adapted to
     * the number of training examples of {@code g} (explicit options still win).
     */
    public Resolved resolve(long seed, Graph g) {
        Resolved r = resolveUnchecked(seed, g);
        validate(SettingsValidator.problems(r.config()));
        return r;
    }

    /** As {@link #resolve}, not yet validated. */
    Resolved resolveUnchecked(long seed, Graph g) {
        TrainingConfig plain = unchecked(seed);
        if (!ConfigPresets.PAPER.equals(plain.preset())) return new Resolved(plain, List.of());
        return build(seed, TrainingExamples.count(g, plain));
    }

    /** As {@link #toConfig}, not yet validated (a sweep drops the --param keys a method lacks first). */
    TrainingConfig unchecked(long seed) {
        return build(seed, null).config();
    }

    /** Defaults → preset → explicit options → (paper preset, graph known) adapted to the graph's size. */
    private Resolved build(long seed, Integer trainingExamples) {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(TrainingConfig.defaults(task, model));
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
        if (kernels != null) b.kernels = kernels;
        b.methodParams.putAll(params);
        b.embedding = embedding.apply(b.embedding, b.task);
        TrainingConfig c = b.build();
        if (trainingExamples == null || !ConfigPresets.PAPER.equals(c.preset())) return new Resolved(c, List.of());
        // adapted last, so that it sees the final epochs and batch; what the user set explicitly stays as set
        java.util.Set<String> given = new java.util.HashSet<>();
        if (optimizer != null) given.add("optimizer");
        if (lr != null) given.add("lr");
        if (batchSize != null) given.add("batch_size");
        if (params.containsKey("delta_t")) given.add("delta_t");
        PaperPreset.Adapted a = PaperPreset.adapt(c, trainingExamples, given);
        return new Resolved(a.config(), a.adaptations());
    }

    /** The command-line option of each setting the validator names (the rest are --kebab-case of the name). */
    private static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("methodParams.", "--param "), Map.entry("embedding.method", "--embedding"),
            Map.entry("embedding.dimension", "--embedding-dim"), Map.entry("embedding.topkPercent", "--embedding-topk"),
            Map.entry("embedding.valFraction", "--link-val"), Map.entry("embedding.testFraction", "--link-test"),
            Map.entry("embedding.threads", "--embedding-threads"), Map.entry("embedding.", "--"));

    /** The problems in one line, each naming its option; nothing when there are none. */
    static void validate(List<SettingProblem> problems) {
        validate(problems, Map.of());
    }

    /** As above; {@code options} names the command's own options for some settings (sweep: --sparsities). */
    static void validate(List<SettingProblem> problems, Map<String, String> options) {
        if (problems.isEmpty()) return;
        throw new IllegalArgumentException(String.join("; ", problems.stream()
                .map(p -> options.getOrDefault(p.setting(), option(p.setting())) + " " + p.reason()).toList()));
    }

    /** {@code --weight-decay} for weightDecay, {@code --param delta_t} for methodParams.delta_t, … */
    static String option(String setting) {
        String exact = OPTIONS.get(setting);
        if (exact != null) return exact;
        for (Map.Entry<String, String> e : OPTIONS.entrySet()) {
            if (e.getKey().endsWith(".") && setting.startsWith(e.getKey())) {
                String rest = setting.substring(e.getKey().length());
                return e.getValue() + (e.getKey().equals("methodParams.") ? rest : kebab(rest));
            }
        }
        return "--" + kebab(setting);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
