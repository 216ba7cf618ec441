package org.sparsegnn.engine.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import org.sparsegnn.engine.embed.EmbeddingConfig;
import org.sparsegnn.engine.link.EdgeFeature;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.nn.LrSchedule;
import org.sparsegnn.engine.nn.Optimizers;
import org.sparsegnn.engine.sparsity.MethodParam;
import org.sparsegnn.engine.sparsity.SparsityDistribution;
import org.sparsegnn.engine.sparsity.SparsityMethods;

/**
 * The one place that decides whether a {@link TrainingConfig} can run. The CLI, the app's settings sheet, the
 * trainer and the sweep all ask it, so a value is accepted or refused the same way everywhere, and a front end
 * can show every problem at once instead of the first exception a run would throw.
 * <p>
 * What depends on the graph (a model's prunable layer names, whether the graph has labels or features) is checked
 * when the task is built.
 */
public final class SettingsValidator {
    /** Known values of the string-valued settings. */
    static final List<String> SPLITS = List.of("standard", "random");
    static final List<String> EMBEDDINGS = List.of(EmbeddingConfig.NONE, "deepwalk", "node2vec");

    private SettingsValidator() {
    }

    /** Every problem of {@code c}, in the order of its fields; empty when it can run. */
    public static List<SettingProblem> problems(TrainingConfig c) {
        Problems p = new Problems();
        p.given("task", c.task(), TaskKind.ids());
        p.given("model", c.model(), ModelKind.ids());
        if (c.hidden().isEmpty()) p.add("hidden", "needs at least one layer size");
        else if (c.hidden().stream().anyMatch(h -> h == null || h < 1)) p.add("hidden", "sizes must be positive whole numbers, are " + c.hidden());
        else if (c.model() == ModelKind.GCN && c.hidden().size() != 1) {
            p.add("hidden", "for gcn takes one size (two layers), is " + c.hidden());
        }
        p.range("dropout", c.dropout(), v -> v >= 0 && v < 1, "[0, 1)");
        if (c.epochs() < 1) p.add("epochs", "must be at least 1, is " + c.epochs());
        p.oneOf("optimizer", c.optimizer(), Optimizers.NAMES);
        p.range("lr", c.lr(), v -> v > 0 && Double.isFinite(v), "greater than 0");
        p.range("momentum", c.momentum(), v -> v >= 0 && v < 1, "[0, 1)");
        p.range("weightDecay", c.weightDecay(), v -> v >= 0 && Double.isFinite(v), "at least 0");
        p.oneOf("lrSchedule", c.lrSchedule(), LrSchedule.NAMES);
        p.range("lrGamma", c.lrGamma(), v -> v > 0 && v <= 1, "(0, 1]");
        if (c.batchSize() < 0) p.add("batchSize", "must be 0 (full batch) or positive, is " + c.batchSize());
        p.oneOf("split", c.split(), SPLITS);
        p.oneOf("method", c.method(), SparsityMethods.ids());
        p.range("sparsity", c.sparsity(), v -> v >= 0 && v < 1, "[0, 1)");
        p.given("distribution", c.distribution(), SparsityDistribution.ids());
        if (c.prunableLayers() == null || c.prunableLayers().isBlank()) {
            p.add("prunableLayers", "must be all, first, last or a comma list of weight names");
        }
        if (SparsityMethods.ids().contains(c.method())) methodParams(p, c.method(), c.methodParams());
        if (!c.preset().isEmpty()) p.oneOf("preset", c.preset(), ConfigPresets.names());
        embedding(p, c.embedding(), c.task() == TaskKind.LINK);
        if (c.task() == TaskKind.LINK && c.model() == ModelKind.GCN) {
            p.add("model", "must be fnn for link prediction (an FNN on edge features), is '" + c.model() + "'");
        }
        return p.list;
    }

    /**
     * {@code c} when it can run; otherwise an {@link IllegalArgumentException} whose message lists every problem
     * as sentences naming the settings.
     */
    public static TrainingConfig check(TrainingConfig c) {
        List<SettingProblem> problems = problems(c);
        if (problems.isEmpty()) return c;
        throw new IllegalArgumentException(String.join("; ", problems.stream().map(SettingProblem::sentence).toList()));
    }

    private static void methodParams(Problems p, String method, Map<String, Double> values) {
        List<MethodParam> params = SparsityMethods.describe(method);
        for (MethodParam param : params) {
            Double v = values.get(param.key());
            String reason = v == null ? null : param.reason(v);
            if (reason != null) p.add("methodParams." + param.key(), reason);
        }
        for (String key : values.keySet()) {
            if (params.stream().noneMatch(m -> m.key().equals(key))) {
                p.add("methodParams." + key, "is not a parameter of " + method + " (it has "
                        + (params.isEmpty() ? "none" : String.join(", ", params.stream().map(MethodParam::key).toList())) + ")");
            }
        }
    }

    /** Every problem of an embedding's settings alone ({@code link}: with the link split and edge feature). */
    public static List<SettingProblem> problems(EmbeddingConfig e, boolean link) {
        Problems p = new Problems();
        embedding(p, e, link);
        return p.list;
    }

    private static void embedding(Problems p, EmbeddingConfig e, boolean link) {
        p.oneOf("embedding.method", e.method(), EMBEDDINGS);
        p.range("embedding.topkPercent", e.topkPercent(), v -> v >= 0 && v <= 100, "[0, 100] (0 = dense)");
        if (e.enabled()) {
            p.atLeast("embedding.dimension", e.dimension(), 1);
            p.atLeast("embedding.walkLength", e.walkLength(), 2);
            p.atLeast("embedding.walksPerNode", e.walksPerNode(), 1);
            p.atLeast("embedding.window", e.window(), 1);
            p.atLeast("embedding.negatives", e.negatives(), 1);
            p.atLeast("embedding.sgEpochs", e.sgEpochs(), 1);
            p.atLeast("embedding.threads", e.threads(), 0);
            if ("node2vec".equals(e.method())) {
                p.range("embedding.p", e.p(), v -> v > 0 && Double.isFinite(v), "greater than 0");
                p.range("embedding.q", e.q(), v -> v > 0 && Double.isFinite(v), "greater than 0");
            } else if (e.p() != 1.0 || e.q() != 1.0) {
                p.add("embedding.p", "and q apply to node2vec only (" + e.method() + " walks need p = q = 1)");
            }
        }
        if (link) {
            try {
                EdgeFeature.parse(e.edgeFeature());
            } catch (IllegalArgumentException unknown) {
                p.add("embedding.edgeFeature", "must be one of hadamard, concat, l1, l2, is '" + e.edgeFeature() + "'");
            }
            p.range("embedding.valFraction", e.valFraction(), v -> v >= 0 && v < 1, "[0, 1)");
            p.range("embedding.testFraction", e.testFraction(), v -> v > 0 && v < 1, "(0, 1)");
            if (e.valFraction() + e.testFraction() >= 1) {
                p.add("embedding.testFraction", "and embedding.valFraction must sum below 1, are "
                        + e.testFraction() + " and " + e.valFraction());
            }
        }
    }

    /** Collects problems in order. */
    private static final class Problems {
        final List<SettingProblem> list = new ArrayList<>();

        void add(String setting, String reason) {
            list.add(new SettingProblem(setting, reason));
        }

        void oneOf(String setting, String value, List<String> known) {
            if (!known.contains(value)) add(setting, "must be one of " + String.join(", ", known) + ", is '" + value + "'");
        }

        /** A setting read from a file may be missing (null); front ends always give one. */
        void given(String setting, Object value, List<String> known) {
            if (value == null) add(setting, "is missing (one of " + String.join(", ", known) + ")");
        }

        void range(String setting, double value, DoublePredicate ok, String range) {
            if (!ok.test(value)) add(setting, "must be " + (range.startsWith("[") || range.startsWith("(") ? "in " : "")
                    + range + ", is " + value);
        }

        void atLeast(String setting, int value, int min) {
            if (value < min) add(setting, "must be at least " + min + ", is " + value);
        }
    }
}
