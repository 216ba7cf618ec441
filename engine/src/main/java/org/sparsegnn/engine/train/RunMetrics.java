package org.sparsegnn.engine.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.events.LayerInfo;
import org.sparsegnn.engine.flops.TrainingFlopsMeter;
import org.sparsegnn.engine.model.Network;
import org.sparsegnn.engine.nn.Parameter;

/**
 * What the trainer reports about a run besides the loop's own figures: its settings and layers (RunStarted), the
 * masks' sparsity (every epoch) and the final metrics (RunFinished), assembled from the run's state.
 */
final class RunMetrics {
    private RunMetrics() {
    }

    /** Fraction of zero-masked weights per prunable layer. */
    static Map<String, Double> layerSparsity(List<Parameter> prunable) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Parameter p : prunable) m.put(p.name(), p.isMasked() ? p.mask().sparsity() : 0.0);
        return m;
    }

    /** Fraction of zero-masked weights over all prunable layers. */
    static double realizedSparsity(List<Parameter> prunable) {
        long zeros = 0, total = 0;
        for (Parameter p : prunable) {
            total += p.size();
            if (p.isMasked()) zeros += p.size() - p.mask().nnz();
        }
        return total == 0 ? 0 : (double) zeros / total;
    }

    /** Every weight layer of the model, marked prunable where the run may prune it. */
    static List<LayerInfo> layers(Network model, List<Parameter> prunable) {
        List<LayerInfo> out = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            if (p.prunable()) out.add(new LayerInfo(p.name(), p.rows(), p.cols(), prunable.contains(p)));
        }
        return out;
    }

    /** The run's settings as RunStarted shows them (file-format keys: snake_case, lowercase values). */
    static Map<String, String> settings(TrainingConfig config, Task task, String method, int totalEpochs) {
        Map<String, String> s = new LinkedHashMap<>(task.describe());
        s.put("task", task.id());
        s.put("model", config.model().id());
        s.put("hidden", config.hidden().toString());
        s.put("method", method);
        s.put("sparsity", Double.toString(config.sparsity()));
        s.put("distribution", config.distribution().id());
        s.put("prunable_layers", config.prunableLayers());
        s.put("optimizer", config.optimizer());
        s.put("lr", Double.toString(config.lr()));
        s.put("lr_schedule", config.lrSchedule());
        s.put("weight_decay", Double.toString(config.weightDecay()));
        s.put("dropout", Double.toString(config.dropout()));
        s.put("batch_size", Integer.toString(config.batchSize()));
        s.put("epochs", Integer.toString(totalEpochs));
        s.put("seed", Long.toString(config.seed()));
        s.put("preset", config.preset());
        s.put("kernels", config.kernels().id());
        return s;
    }

    /**
     * RunFinished's metrics: the selected epoch's accuracies (and its task extras), the last epoch's, the realized
     * sparsity, and training FLOPs against dense training of all {@code totalSteps} planned steps (the paper's
     * formula against dense training of the steps run).
     *
     * @param methodLast the method's metrics of the last epoch (they come first; the trainer's own win)
     */
    static Map<String, Double> finalMetrics(BestEpoch epochs, int completedEpochs, List<Parameter> prunable,
                                            TrainingFlopsMeter flops, long totalSteps, Map<String, Double> methodLast) {
        BestEpoch.Pick chosen = epochs.chosen(), last = epochs.last();
        Map<String, Double> metrics = new LinkedHashMap<>(methodLast);
        metrics.putAll(chosen.evaluation().extra());
        metrics.put("test_accuracy", chosen.evaluation().test());
        metrics.put("val_accuracy", chosen.evaluation().val());
        metrics.put("train_accuracy", chosen.evaluation().train());
        metrics.put("best_epoch", (double) chosen.epoch());
        metrics.put("final_test_accuracy", last.evaluation().test());
        metrics.put("final_val_accuracy", last.evaluation().val());
        metrics.put("sparsity", realizedSparsity(prunable));
        layerSparsity(prunable).forEach((k, v) -> metrics.put("layer_sparsity." + k, v));
        double dense = flops.denseCounted(totalSteps);
        metrics.put("training_flops", flops.counted());
        metrics.put("dense_training_flops", dense);
        metrics.put("flops_ratio", dense == 0 ? 0 : flops.counted() / dense);
        metrics.put("training_flops_paper", flops.paper());
        double densePaper = flops.densePaper(Math.max(flops.steps(), 1));
        metrics.put("flops_ratio_paper", densePaper == 0 ? 0 : flops.paper() / densePaper);
        metrics.put("epochs_completed", (double) completedEpochs);
        return metrics;
    }
}
