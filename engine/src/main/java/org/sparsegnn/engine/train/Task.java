package org.sparsegnn.engine.train;

import java.util.Map;
import java.util.Random;
import org.sparsegnn.engine.model.Network;
import org.sparsegnn.engine.sparsity.Evaluation;

/**
 * What is learned from which data: builds the model, runs one optimizer step's forward/loss/backward, and
 * evaluates every split. The {@link Trainer} loop is the same for every task; node classification and link
 * prediction are two implementations.
 */
public interface Task {
    /** "node", "link", … */
    String id();

    /** Settings shown with RunStarted (dataset, sizes, …). */
    Map<String, String> describe();

    /** A freshly initialised model for this task, seeded from {@code config.seed()}. */
    Network createModel(TrainingConfig config);

    /** Optimizer steps per epoch (1 for full batch). */
    int stepsPerEpoch();

    /** Called before the first step of every epoch (shuffle mini-batches with {@code random}). */
    void beginEpoch(Random random);

    /**
     * Forward pass in training mode on the data of step {@code stepInEpoch}, loss, and backward pass: every
     * parameter gradient is overwritten with d(loss)/d(parameter). Returns the loss (mean over the batch).
     */
    double trainStep(Network model, int stepInEpoch);

    /** Metrics on every split in evaluation mode (no dropout); the model's parameters are not changed. */
    Evaluation evaluate(Network model);

    /** Gradient of the loss over all training data at the current weights (SNIP, RigL's dense gradient). */
    default double fullGradient(Network model) {
        return trainStep(model, 0);
    }
}
