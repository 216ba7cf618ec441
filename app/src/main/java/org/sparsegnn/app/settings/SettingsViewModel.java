package org.sparsegnn.app.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.sparsegnn.engine.embed.EmbeddingConfig;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.train.ConfigPresets;
import org.sparsegnn.engine.train.PresetAdaptation;
import org.sparsegnn.engine.train.TaskKind;
import org.sparsegnn.engine.train.TrainingConfig;
import org.sparsegnn.engine.train.TrainingConfigBuilder;

/**
 * Model, task, method and hyperparameters of the next run, validated as they change: {@link #problemProperty()}
 * holds the first problem in words ("" when everything is valid), and Run stays disabled while it is non-empty.
 * The method's own hyperparameters come from the engine's machine-readable description of that method.
 */
public final class SettingsViewModel {
    public static final String MODEL = "model", HIDDEN = "hidden", TASK = "task", METHOD = "method",
            SPARSITY = "sparsity", DISTRIBUTION = "distribution", PRUNABLE = "prunable", EPOCHS = "epochs",
            LR = "lr", WEIGHT_DECAY = "weightDecay", DROPOUT = "dropout", SEED = "seed", OPTIMIZER = "optimizer",
            LR_SCHEDULE = "lrSchedule", LR_GAMMA = "lrGamma", BATCH_SIZE = "batchSize", KERNELS = "kernels";

    public static final String EMBEDDING = EmbeddingSettings.METHOD, EMBEDDING_DIM = EmbeddingSettings.DIMENSION,
            EMBEDDING_TOPK = EmbeddingSettings.TOPK, EDGE_FEATURE = EmbeddingSettings.EDGE_FEATURE;

    private static final String DELTA_T = "delta_t";
    private static final int FULL_BATCH_DELTA_T = 10;

    private final EmbeddingSettings embedding = new EmbeddingSettings();
    /** Whether the loaded graph has node features (false: node classification needs embeddings). */
    private final BooleanProperty graphHasFeatures = new SimpleBooleanProperty(true);
    /** Whether the loaded graph has node labels (false: only link prediction can run). */
    private boolean graphHasLabels = true;
    /** Whether every setting has been added (validation needs them all). */
    private boolean built;
    /** Whether the task switch is adjusting dependent settings (their listeners must not fight back). */
    private boolean adjusting;

    private final ObservableList<Setting> settings = FXCollections.observableArrayList();
    private final Map<String, Setting> byKey = new LinkedHashMap<>();
    private final ObservableSet<String> invalid = FXCollections.observableSet();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final List<Setting> methodSettings = new ArrayList<>();
    private final ConfigMapping mapping = new ConfigMapping(byKey::get, embedding, methodSettings);
    private final PaperPresetNote presets = new PaperPresetNote();

    public SettingsViewModel() {
        for (Setting s : CoreSettings.create()) add(s);
        for (Setting s : embedding.settings()) add(s);
        byKey.get(TASK).valueProperty().addListener((o, a, v) -> onTaskChanged(TaskKind.of(String.valueOf(v))));
        byKey.get(MODEL).valueProperty().addListener((o, a, v) -> onModelChanged(ModelKind.of(String.valueOf(a)),
                ModelKind.of(String.valueOf(v))));
        graphHasFeatures.addListener((o, a, v) -> validate());
        byKey.get(METHOD).valueProperty().addListener((o, a, v) -> rebuildMethodSettings());
        built = true;
        rebuildMethodSettings();
    }

    private void add(Setting s) {
        settings.add(s);
        byKey.put(s.key(), s);
        s.valueProperty().addListener((o, a, v) -> validate());
    }

    private void rebuildMethodSettings() {
        settings.removeAll(methodSettings);
        methodSettings.forEach(s -> byKey.remove(s.key()));
        methodSettings.clear();
        for (MethodParameters.Param p : MethodParameters.of(get(METHOD).asString())) {
            double initial = appDefault(p);
            Setting s = new Setting(ConfigMapping.PARAM + p.key(), "Method parameters", MethodParameters.label(p.key()),
                    p.help() + " (" + p.key() + ")",
                    p.integer() ? Integer.class : Double.class,
                    p.integer() ? (Object) (int) initial : (Object) initial, null, null);
            methodSettings.add(s);
            s.valueProperty().addListener((o, a, v) -> validate());
            byKey.put(s.key(), s);
        }
        settings.addAll(methodSettings);
        validate();
    }

    /**
     * The app's starting value of a method parameter: the engine's default, except that ΔT for full-batch node
     * classification (one optimizer step per epoch) is at most 10, so that a run shows many drop-and-grow steps
     * (measured: see CoreSettings; on Cora, ERK 0.9, RigL with ΔT 10 and the engine's α 0.5 reached 0.790 in 200
     * epochs, 5 seeds). SET's own default, 5, is already below.
     */
    private double appDefault(MethodParameters.Param p) {
        boolean link = byKey.get(TASK) != null && task() == TaskKind.LINK;
        return DELTA_T.equals(p.key()) && !link ? Math.min(FULL_BATCH_DELTA_T, p.defaultValue()) : p.defaultValue();
    }

    /** Re-checks every setting ({@link SettingsCheck}); updates the invalid set and the problem text. */
    public void validate() {
        if (!built) return;
        SettingsCheck.Result r = SettingsCheck.check(settings, byKey::get, mapping::toConfig, graphHasLabels,
                graphHasFeatures.get());
        invalid.clear();
        invalid.addAll(r.invalid());
        problem.set(r.problem());
    }

    /**
     * Switching the task loads that task's usual settings (the engine's defaults): link prediction is the paper's
     * FNN 16→128→1 on 16-d DeepWalk edge features; node classification is Kipf's GCN, or an FNN on 64-d
     * embeddings when the graph has no features.
     */
    private void onTaskChanged(TaskKind task) {
        if (adjusting) return;
        adjusting = true;
        try {
            if (task == TaskKind.LINK) {
                TrainingConfig l = TrainingConfig.linkDefaults();
                mapping.loadModelAndTraining(l);
                if (!embedding.enabled()) embedding.load(l.embedding());
            } else {
                nodeDefaultsFor(graphHasFeatures.get());
            }
            for (Setting m : methodSettings) {
                if (m.key().equals(ConfigMapping.PARAM + DELTA_T)) {
                    MethodParameters.of(get(METHOD).asString()).stream().filter(p -> p.key().equals(DELTA_T))
                            .findFirst().ifPresent(p -> m.valueProperty().set((int) appDefault(p)));
                }
            }
        } finally {
            adjusting = false;
        }
        validate();
    }

    /**
     * Node classification: hidden sizes left at the old model's default follow to the new model's (GCN 16, FNN
     * 256,128: an FNN with 16 hidden units on Cora stayed near 55 % test accuracy); sizes the user typed stay.
     */
    private void onModelChanged(ModelKind from, ModelKind to) {
        if (adjusting || task() == TaskKind.LINK) return;
        String fromDefault = ConfigMapping.hiddenText(nodeDefaults(from)), toDefault = ConfigMapping.hiddenText(nodeDefaults(to));
        if (fromDefault.equals(get(HIDDEN).asString().replace(" ", ""))) set(HIDDEN, toDefault);
    }

    private static TrainingConfig nodeDefaults(ModelKind model) {
        return TrainingConfig.defaults(TaskKind.NODE, model);
    }

    private void nodeDefaultsFor(boolean hasFeatures) {
        if (hasFeatures) {
            mapping.loadModelAndTraining(TrainingConfig.gcnDefaults());
            embedding.load(EmbeddingConfig.none());
        } else {
            mapping.loadModelAndTraining(TrainingConfig.fnnDefaults());
            embedding.load(EmbeddingConfig.deepWalk(64)); // the paper's node model reads 64-d embeddings
        }
    }

    /**
     * Adapts the settings to a newly loaded graph: graphs without node labels (a bare edge list) switch to link
     * prediction; graphs without node features (karate, email-Eu-core) default to node classification on DeepWalk
     * embeddings with an FNN; graphs with features go back to the GCN when the embedding had been chosen for the
     * previous graph.
     */
    public void adaptTo(Graph g) {
        if (g == null) return;
        presets.graph(g);
        boolean had = graphHasFeatures.get();
        boolean has = g.features() != null;
        graphHasLabels = g.hasLabels();
        graphHasFeatures.set(has);
        if (!graphHasLabels) { // a bare edge list: link prediction is what it can do
            set(TASK, TaskKind.LINK.id());
            validate();
            return;
        }
        if (task() == TaskKind.LINK) {
            validate();
            return;
        }
        if (!has && !embedding.enabled()) nodeDefaultsFor(false);
        else if (has && !had) nodeDefaultsFor(true);
        validate();
    }

    /** The chosen task. */
    public TaskKind task() {
        return TaskKind.of(get(TASK).asString());
    }

    /** Whether the chosen task is link prediction. */
    public boolean linkPrediction() {
        return task() == TaskKind.LINK;
    }

    public Setting get(String key) {
        return byKey.get(key);
    }

    public void set(String key, Object value) {
        byKey.get(key).valueProperty().set(value);
    }

    /** The run configuration the current (valid) settings describe. */
    public TrainingConfig toConfig() {
        return mapping.toConfig();
    }

    /**
     * The current settings with another method: its hyperparameters are the ones shown when it is the chosen
     * method, the app's defaults otherwise (a sweep over several methods).
     */
    public TrainingConfig toConfigFor(String method) {
        TrainingConfig c = toConfig();
        if (method.equals(c.method())) return c;
        Map<String, Double> params = new LinkedHashMap<>();
        for (MethodParameters.Param p : MethodParameters.of(method)) params.put(p.key(), appDefault(p));
        TrainingConfigBuilder b = TrainingConfigBuilder.from(c);
        b.method = method;
        b.methodParams = params;
        return b.build();
    }

    /** Loads a configuration into the settings (after a preset, or from a saved experiment). */
    public void load(TrainingConfig c) {
        adjusting = true;
        try {
            set(TASK, c.task().id());
        } finally {
            adjusting = false;
        }
        mapping.load(c);
    }

    /**
     * Loads one of the engine's {@link ConfigPresets} applied to the current settings.
     *
     * @return what changed, one "Label old → new" per setting
     */
    public List<String> applyPreset(String name) {
        Map<String, String> before = new LinkedHashMap<>();
        for (Setting s : settings) before.put(s.key(), s.asString());
        load(presets.apply(name, toConfig()));
        List<String> changed = new ArrayList<>();
        for (Setting s : settings) {
            String old = before.get(s.key());
            if (old != null && !old.equals(s.asString())) changed.add(s.label() + " " + old + " → " + s.asString());
        }
        return changed;
    }

    /** The engine's tiny preset: a model small enough to see every weight, RigL stepping one update at a time. */
    public List<String> applyTinyPreset() {
        return applyPreset(ConfigPresets.TINY);
    }

    /** The engine's talk-demo preset: RigL at sparsity 0.9, a mask update every 10 epochs, 200 epochs. */
    public List<String> applyDemoPreset() {
        return applyPreset(ConfigPresets.DEMO);
    }

    /**
     * Applies the paper's settings for the current model/method (explicit choices of model and method kept).
     *
     * @return what changed in words ("Epochs 200 → 300, …"), or a sentence saying nothing needed to change
     */
    public String applyPaperPreset() {
        List<String> changed = applyPreset(ConfigPresets.PAPER);
        return presets.describe(get(MODEL).asString().toUpperCase(Locale.ROOT) + " + " + get(METHOD).asString(), changed, false);
    }

    /** The paper's settings exactly as it states them, not adapted to the graph. */
    public String applyPaperLiteralPreset() {
        List<String> changed = applyPreset(ConfigPresets.PAPER_LITERAL);
        return presets.describe(get(MODEL).asString().toUpperCase(Locale.ROOT) + " + " + get(METHOD).asString(), changed, true);
    }

    /** What the last preset adapted to the loaded graph (empty for the literal and the other presets). */
    public List<PresetAdaptation> lastAdaptations() {
        return presets.lastAdaptations();
    }

    /**
     * The paper's Fig. 7 comparison with the current model and sparsity: SLR, then RigL, each with its own
     * default hyperparameters and the paper's settings where the engine registered them.
     */
    public List<TrainingConfig> fig7Configs() {
        TrainingConfig base = toConfig();
        double s = base.sparsity() > 0 ? base.sparsity() : 0.9;
        List<TrainingConfig> configs = new ArrayList<>();
        for (String m : List.of("slr", "rigl")) {
            TrainingConfigBuilder b = TrainingConfigBuilder.from(base);
            b.method = m;
            b.sparsity = s;
            b.methodParams = new LinkedHashMap<>();
            // the same sparsity for both, as chosen: the preset's own (RigL: 0.9) would compare unlike with like
            TrainingConfig c = presets.applied(ConfigPresets.PAPER, b.build()).config();
            configs.add(c.withMethod(c.method(), s));
        }
        return configs;
    }

    public ObservableList<Setting> settings() { return settings; }
    public BooleanProperty graphHasFeaturesProperty() { return graphHasFeatures; }
    public ObservableSet<String> invalidKeys() { return invalid; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
