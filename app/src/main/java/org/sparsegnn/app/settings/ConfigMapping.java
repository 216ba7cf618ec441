package org.sparsegnn.app.settings;

import static org.sparsegnn.app.settings.SettingsViewModel.BATCH_SIZE;
import static org.sparsegnn.app.settings.SettingsViewModel.DISTRIBUTION;
import static org.sparsegnn.app.settings.SettingsViewModel.DROPOUT;
import static org.sparsegnn.app.settings.SettingsViewModel.EPOCHS;
import static org.sparsegnn.app.settings.SettingsViewModel.HIDDEN;
import static org.sparsegnn.app.settings.SettingsViewModel.KERNELS;
import static org.sparsegnn.app.settings.SettingsViewModel.LR;
import static org.sparsegnn.app.settings.SettingsViewModel.LR_GAMMA;
import static org.sparsegnn.app.settings.SettingsViewModel.LR_SCHEDULE;
import static org.sparsegnn.app.settings.SettingsViewModel.METHOD;
import static org.sparsegnn.app.settings.SettingsViewModel.MODEL;
import static org.sparsegnn.app.settings.SettingsViewModel.OPTIMIZER;
import static org.sparsegnn.app.settings.SettingsViewModel.PRUNABLE;
import static org.sparsegnn.app.settings.SettingsViewModel.SEED;
import static org.sparsegnn.app.settings.SettingsViewModel.SPARSITY;
import static org.sparsegnn.app.settings.SettingsViewModel.TASK;
import static org.sparsegnn.app.settings.SettingsViewModel.WEIGHT_DECAY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.nn.KernelChoice;
import org.sparsegnn.engine.sparsity.SparsityDistribution;
import org.sparsegnn.engine.train.TaskKind;
import org.sparsegnn.engine.train.TrainingConfig;
import org.sparsegnn.engine.train.TrainingConfigBuilder;

/** Between the property sheet and the engine's {@link TrainingConfig}: builds one from the settings, loads one into them. */
final class ConfigMapping {
    /** Key prefix of a method parameter's setting: "param.delta_t". */
    static final String PARAM = "param.";

    private final Function<String, Setting> settings;
    private final EmbeddingSettings embedding;
    private final List<Setting> methodSettings;

    /** @param methodSettings the chosen method's parameter settings (the list is refilled when the method changes) */
    ConfigMapping(Function<String, Setting> settings, EmbeddingSettings embedding, List<Setting> methodSettings) {
        this.settings = settings;
        this.embedding = embedding;
        this.methodSettings = methodSettings;
    }

    private Setting get(String key) {
        return settings.apply(key);
    }

    private void set(String key, Object value) {
        get(key).valueProperty().set(value);
    }

    /** The run configuration the settings describe (they must be readable: see CoreSettings). */
    TrainingConfig toConfig() {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(
                TrainingConfig.defaults(TaskKind.of(get(TASK).asString()), ModelKind.of(get(MODEL).asString())));
        b.embedding = embedding.toConfig(b.embedding);
        b.hidden = parseHidden(get(HIDDEN).asString());
        b.method = get(METHOD).asString();
        b.sparsity = "dense".equals(b.method) ? 0.0 : get(SPARSITY).asDouble();
        b.distribution = SparsityDistribution.of(get(DISTRIBUTION).asString());
        b.prunableLayers = get(PRUNABLE).asString();
        b.epochs = get(EPOCHS).asInt();
        b.optimizer = get(OPTIMIZER).asString();
        b.lr = get(LR).asDouble();
        b.lrSchedule = get(LR_SCHEDULE).asString();
        b.lrGamma = get(LR_GAMMA).asDouble();
        b.batchSize = get(BATCH_SIZE).asInt();
        b.weightDecay = get(WEIGHT_DECAY).asDouble();
        b.dropout = get(DROPOUT).asDouble();
        b.seed = ((Number) get(SEED).value()).longValue();
        b.kernels = KernelChoice.parse(get(KERNELS).asString());
        Map<String, Double> params = new LinkedHashMap<>();
        for (Setting s : methodSettings) params.put(s.key().substring(PARAM.length()), s.asDouble());
        b.methodParams = params;
        return b.build();
    }

    /** Every setting from {@code c}; the task is the caller's to set first (switching it loads defaults). */
    void load(TrainingConfig c) {
        loadModelAndTraining(c);
        embedding.load(c.embedding());
        set(METHOD, c.method());
        if (c.sparsity() > 0) set(SPARSITY, c.sparsity());
        set(DISTRIBUTION, c.distribution().id());
        set(PRUNABLE, c.prunableLayers());
        set(OPTIMIZER, c.optimizer());
        set(SEED, c.seed());
        set(KERNELS, c.kernels().id());
        for (Setting s : methodSettings) {
            Double v = c.methodParams().get(s.key().substring(PARAM.length()));
            if (v != null) s.valueProperty().set(s.type() == Integer.class ? (Object) v.intValue() : (Object) v);
        }
    }

    /** Model and training settings from {@code c} (a task's or model's defaults, a preset, a saved run). */
    void loadModelAndTraining(TrainingConfig c) {
        set(MODEL, c.model().id());
        set(HIDDEN, hiddenText(c));
        set(EPOCHS, c.epochs());
        set(LR, c.lr());
        set(LR_SCHEDULE, c.lrSchedule());
        set(LR_GAMMA, c.lrGamma());
        set(BATCH_SIZE, c.batchSize());
        set(WEIGHT_DECAY, c.weightDecay());
        set(DROPOUT, c.dropout());
    }

    /** Hidden sizes as the sheet writes them: "256,128". */
    static String hiddenText(TrainingConfig c) {
        return String.join(",", c.hidden().stream().map(String::valueOf).toList());
    }

    static List<Integer> parseHidden(String s) {
        List<Integer> out = new ArrayList<>();
        for (String part : s.split(",")) if (!part.isBlank()) out.add(Integer.parseInt(part.trim()));
        return out;
    }
}
