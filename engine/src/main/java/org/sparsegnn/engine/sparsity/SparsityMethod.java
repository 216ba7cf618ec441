package org.sparsegnn.engine.sparsity;

import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.nn.Mask;

/**
 * One sparsification strategy, plugged into the single training loop ({@code Trainer}). The trainer calls the
 * hooks below in this order:
 * <pre>
 * onStart
 * for each epoch: onEpochStart
 *   for each optimizer step: forward, backward (gradients are dense: defined at masked positions too)
 *                            beforeOptimizerStep   (may add penalty gradients, grow/drop using dense gradients)
 *                            trainer masks gradients, optimizer step (unless skipOptimizerStep), masks weights
 *                            afterOptimizerStep
 *   evaluation, onEpochEnd
 * onFinish
 * </pre>
 * Methods change masks only through {@link org.sparsegnn.engine.nn.Parameter#setMask} / {@link Mask#set} and
 * report every change as an event via the context. Adding a method = one class + its registration in
 * {@link SparsityMethods}; nothing else in the engine switches on method names.
 */
public interface SparsityMethod {
    /** CLI id, e.g. "rigl". */
    String id();

    /** One-line description for menus and help. */
    default String description() {
        return id();
    }

    /** The {@link MethodSpec#methodParams()} keys this method reads, with defaults and valid ranges. */
    default List<MethodParam> params() {
        return List.of();
    }

    /**
     * Called once right after creation, before {@link #totalEpochs}; methods read their methodParams here.
     * {@link SparsityMethods#create(MethodSpec)} calls it.
     */
    default void configure(MethodSpec spec) {
    }

    /** Total epochs of the run given the configured epoch count (SLR: dense + reweight + retrain). */
    default int totalEpochs(int configuredEpochs) {
        return configuredEpochs;
    }

    /** Phase name at the start of training. */
    default String initialPhase() {
        return "train";
    }

    default void onStart(TrainingContext ctx) {
    }

    default void onEpochStart(TrainingContext ctx) {
    }

    /**
     * Whether the coming optimizer step needs the full dense gradient of the prunable weights in
     * {@link #beforeOptimizerStep} (e.g. RigL's growth at an update step). Layers on sparse kernels compute the
     * weight gradient at the active positions only unless asked; asked for, they compute all of it.
     */
    default boolean needsDenseGradient(TrainingContext ctx) {
        return false;
    }

    /**
     * Called after backward, before the gradients are masked. Returns the penalty term added to the loss (0 if
     * none), for reporting.
     */
    default double beforeOptimizerStep(TrainingContext ctx) {
        return 0.0;
    }

    /** Whether the optimizer must not update weights in this step (e.g. a RigL mask-update step). */
    default boolean skipOptimizerStep(TrainingContext ctx) {
        return false;
    }

    default void afterOptimizerStep(TrainingContext ctx) {
    }

    default void onEpochEnd(TrainingContext ctx) {
    }

    default void onFinish(TrainingContext ctx) {
    }

    /** Extra per-epoch metrics to publish with EpochCompleted (e.g. SLR's hard-pruned accuracy). */
    default Map<String, Double> epochMetrics(TrainingContext ctx) {
        return Map.of();
    }

    /**
     * The method's own named results at the end of the run (e.g. exploration_rate), added to RunFinished's metrics;
     * the trainer's own (accuracies, sparsity, FLOPs) are not replaced by them.
     */
    default Map<String, Double> finalMetrics(TrainingContext ctx) {
        return Map.of();
    }

    /** Whether epochs of the current phase are eligible for best-validation model selection. */
    default boolean selectable(TrainingContext ctx) {
        return true;
    }
}
