package org.sparsegnn.engine.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's training FLOPs up to the end of an epoch, as the trainer's one meter counted them, with the yardsticks
 * they are compared against. Published just before that epoch's {@link EpochCompleted} (and once more at the end
 * of a run stopped within an epoch), and recorded with the run, so that a run reopened from disk shows the same
 * FLOPs view as a live one. All figures are cumulative; the latest report describes the whole run so far.
 *
 * @param epoch                 the last completed epoch the figures include (0: before the first)
 * @param counted               FLOPs per layer × phase × kind × stage, counted from the masks' nonzeros and the
 *                              inputs' density, drop-and-grow overhead included
 * @param paper                 the same training by the paper's §III-C formula (3 × forward, no overhead)
 * @param denseEpoch            counted FLOPs of one epoch of the dense model: the yardstick of "× dense training"
 * @param densePaperEpoch       the paper's formula for one dense epoch
 * @param inputDensity          fraction of nonzero first-layer inputs (features or embeddings)
 * @param sparseEmbeddings      whether the inputs are top-k sparsified embeddings (then the two yardsticks below
 *                              say what dense embeddings would cost)
 * @param denseInputsEpoch      counted FLOPs of one dense epoch on dense first-layer inputs
 * @param denseInputsPaperEpoch the paper's formula for one dense epoch on dense first-layer inputs
 * @param denseEpochByLayer     {@code denseEpoch} per weight layer (name → FLOPs), for ratios per layer; empty in
 *                              records written before it existed
 */
public record FlopsReported(String runId, int epoch, List<FlopsEntry> counted, double paper, double denseEpoch,
                            double densePaperEpoch, double inputDensity, boolean sparseEmbeddings,
                            double denseInputsEpoch, double denseInputsPaperEpoch,
                            Map<String, Double> denseEpochByLayer) implements TrainingEvent {
    public FlopsReported {
        counted = List.copyOf(counted);
        denseEpochByLayer = denseEpochByLayer == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(denseEpochByLayer));
    }

    /** Without the per-layer yardsticks (tests, older producers). */
    public FlopsReported(String runId, int epoch, List<FlopsEntry> counted, double paper, double denseEpoch,
                         double densePaperEpoch, double inputDensity, boolean sparseEmbeddings,
                         double denseInputsEpoch, double denseInputsPaperEpoch) {
        this(runId, epoch, counted, paper, denseEpoch, densePaperEpoch, inputDensity, sparseEmbeddings,
                denseInputsEpoch, denseInputsPaperEpoch, Map.of());
    }

    /** All counted FLOPs. */
    public double total() {
        double t = 0;
        for (FlopsEntry e : counted) t += e.flops();
        return t;
    }
}
