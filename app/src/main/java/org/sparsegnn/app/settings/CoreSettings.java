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
import java.util.List;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.nn.KernelChoice;
import org.sparsegnn.engine.sparsity.SparsityDistribution;
import org.sparsegnn.engine.sparsity.SparsityMethods;
import org.sparsegnn.engine.train.TaskKind;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * The property sheet's settings of model, task, sparsity and training: label, help line, type, choices and first
 * value of each (the embedding group and the chosen method's parameters are added beside them). Only whether a
 * value can be read at all is checked here; what a run accepts is the engine's.
 */
final class CoreSettings {
    /** The method of a first Run: it should show what the workbench is for (a mask that drops and grows). */
    private static final String FIRST_METHOD = "rigl";

    private CoreSettings() {
    }

    static List<Setting> create() {
        List<Setting> list = new ArrayList<>();
        TrainingConfig d = TrainingConfig.gcnDefaults();
        list.add(new Setting(MODEL, "Model", "Model", "GCN (graph convolution) or FNN (features only, no edges)",
                String.class, d.model().id(), ModelKind.ids(), null));
        list.add(new Setting(HIDDEN, "Model", "Hidden sizes", "comma-separated hidden layer sizes, e.g. 16 or 256,128",
                String.class, "16", null, CoreSettings::hiddenProblem));
        list.add(new Setting(TASK, "Model", "Task", "node = node classification; link = link prediction (FNN on edge "
                + "features made from random-walk node embeddings)", String.class, d.task().id(), TaskKind.ids(), null));
        // a first Run should show drop-and-grow and FLOPs below dense, so the method starts at RigL, not dense
        list.add(new Setting(METHOD, "Sparsity", "Method", "dense baseline, train-and-prune (SLR, …) or sparse training (RigL, SET, …)",
                String.class, SparsityMethods.ids().contains(FIRST_METHOD) ? FIRST_METHOD : d.method(),
                SparsityMethods.ids(), null));
        // First impression (measured on the default sample, GCN, 200 epochs, seed 0): dense 89.9 % test; RigL at
        // 0.9 uniform with the engine's ΔT = 100 only 43.5 % (one mask update in the whole run); at 0.8 + ERK + ΔT = 10
        // 83.3 % (seed 1: 86.5 %) with 0.52× the FLOPs of dense training, so those are the app's defaults.
        list.add(new Setting(SPARSITY, "Sparsity", "Target sparsity", "fraction of prunable weights that are zero, 0 ≤ s < 1",
                Double.class, 0.8, null, null));
        list.add(new Setting(DISTRIBUTION, "Sparsity", "Distribution", "how sparsity is spread over layers (ERK keeps "
                + "small layers denser)", String.class, d.distribution().id(), SparsityDistribution.ids(), null));
        list.add(new Setting(PRUNABLE, "Sparsity", "Prunable layers", "which weight layers may be pruned",
                String.class, "all", List.of("all", "first"), null));
        list.add(new Setting(EPOCHS, "Training", "Epochs", "training epochs (SLR adds its own phases)",
                Integer.class, TrainingConfig.GCN_EPOCHS, null, null));
        list.add(new Setting(OPTIMIZER, "Training", "Optimizer", "Adam or SGD", String.class, d.optimizer(),
                List.of("adam", "sgd"), null));
        list.add(new Setting(LR, "Training", "Learning rate", "step size of the optimizer, > 0",
                Double.class, d.lr(), null, null));
        // schedule and batch size: the paper's FNN settings use them (SGD, cosine or exponential decay, mini-batches)
        list.add(new Setting(LR_SCHEDULE, "Training", "LR schedule", "constant, exponential (lr·γ^epoch) or cosine decay",
                String.class, d.lrSchedule(), List.of("constant", "exponential", "cosine"), null));
        list.add(new Setting(LR_GAMMA, "Training", "LR decay γ", "per-epoch factor of the exponential schedule, 0 < γ ≤ 1",
                Double.class, d.lrGamma(), null, null));
        list.add(new Setting(BATCH_SIZE, "Training", "Batch size", "training examples per step; 0 = the whole graph at once",
                Integer.class, d.batchSize(), null, null));
        list.add(new Setting(WEIGHT_DECAY, "Training", "Weight decay", "L2 penalty, ≥ 0",
                Double.class, d.weightDecay(), null, null));
        list.add(new Setting(DROPOUT, "Training", "Dropout", "probability of dropping an input unit, 0 ≤ p < 1",
                Double.class, d.dropout(), null, null));
        list.add(new Setting(SEED, "Training", "Seed", "random seed (same seed, same run)", Long.class, 0L, null, null));
        list.add(new Setting(KERNELS, "Training", "Kernels", "auto: masked layers with at most "
                + Math.round(100 * KernelChoice.MAX_SPARSE_DENSITY) + " % of their weights active run on sparse kernels "
                + "(CPU only); dense: multiply every weight; sparse: always the sparse kernels", String.class,
                d.kernels().id(), KernelChoice.ids(), null));
        return list;
    }

    /** Whether the text is a list of sizes at all (their values are the engine's to judge). */
    private static String hiddenProblem(Object v) {
        String s = String.valueOf(v).trim();
        if (!s.matches("\\d{1,9}(\\s*,\\s*\\d{1,9})*")) return "write positive whole numbers separated by commas, e.g. 16 or 256,128";
        return null;
    }
}
