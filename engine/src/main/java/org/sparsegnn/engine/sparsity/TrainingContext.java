package org.sparsegnn.engine.sparsity;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.model.Model;
import org.sparsegnn.engine.nn.Optimizer;
import org.sparsegnn.engine.nn.Parameter;
import org.sparsegnn.engine.nn.Mask;

/** What a {@link SparsityMethod} sees of the running training loop. */
public interface TrainingContext {
    String runId();

    /** The run's method settings. */
    MethodSpec spec();

    Model model();

    /** Weights the method may mask (already filtered by the config's "which layers" option). */
    List<Parameter> prunableParameters();

    /** Current epoch, 1-based. */
    int epoch();

    int totalEpochs();

    /** Index of the current optimizer step, 0-based, counted over the whole run. */
    long step();

    int stepsPerEpoch();

    long totalSteps();

    /** The run's seeded random source (methods draw from it so a seed reproduces the run). */
    Random random();

    Optimizer optimizer();

    /** Current learning rate (after the schedule). */
    double learningRate();

    /** Publishes an event to every listener (and the recorder). */
    void publish(TrainingEvent event);

    /** Moves to a new phase; publishes PhaseChanged. */
    void setPhase(String phase, String description);

    String phase();

    /**
     * Runs forward + backward on training data with the current weights without an optimizer step, filling every
     * parameter's gradient densely (SNIP at initialisation). The trainer counts its FLOPs.
     */
    void computeGradients();

    /** Evaluates the model with the given masks applied to a copy of the weights (the model is unchanged). */
    Evaluation evaluateWithMasks(Map<String, Mask> masks);

    /**
     * Counts the extra FLOPs of a dense weight gradient of {@code p} (at its current mask) that a drop-and-grow
     * update computed to choose what to grow (RigL); the trainer's FLOPs meter is the only one.
     */
    void countGrowthGradient(Parameter p);
}
