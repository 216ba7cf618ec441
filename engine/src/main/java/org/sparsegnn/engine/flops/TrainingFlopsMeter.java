package org.sparsegnn.engine.flops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sparsegnn.engine.events.FlopsKind;
import org.sparsegnn.engine.events.FlopsOp;
import org.sparsegnn.engine.events.FlopsReported;
import org.sparsegnn.engine.nn.Mask;

/**
 * Accumulates a run's training FLOPs step by step: counted (from the masks' nonzeros and the inputs' density,
 * including drop-and-grow overhead, into a {@link FlopsBreakdown}) and the paper's analytical formula (§III-C,
 * without overhead). Both are compared against training the dense model for the same number of steps. The
 * trainer owns the one meter of a run and publishes its {@link #report}s; nothing else counts training FLOPs.
 */
public final class TrainingFlopsMeter {
    private final List<LayerWorkload> workloads;
    private final int stepsPerEpoch;
    private final double embeddingSparsity;
    private final FlopsBreakdown breakdown = new FlopsBreakdown();
    private double paper;
    private long steps;

    /**
     * @param stepsPerEpoch optimizer steps per epoch (a step covers 1/stepsPerEpoch of an epoch's rows)
     */
    public TrainingFlopsMeter(List<LayerWorkload> workloads, int stepsPerEpoch) {
        this.workloads = List.copyOf(workloads);
        this.stepsPerEpoch = Math.max(1, stepsPerEpoch);
        this.embeddingSparsity = workloads.isEmpty() ? 0 : 1.0 - workloads.get(0).inputDensity();
    }

    /** One training step (forward + backward) with the given masks (absent = dense layer). */
    public void countStep(String phase, Map<String, Mask> masks) {
        steps++;
        countPass(phase, masks);
        paper += 3.0 * FlopsModel.paperForwardFlops(workloads, sparsities(masks), embeddingSparsity) / stepsPerEpoch;
    }

    /** An extra forward + backward not followed by an optimizer step (e.g. SNIP's saliency at initialisation). */
    public void countExtraPass(String phase, Map<String, Mask> masks) {
        countPass(phase, masks);
    }

    /**
     * Extra cost of computing {@code layer}'s weight gradient densely at a drop-and-grow update (f_D − f_S of the
     * weight-gradient product for one step); returns it.
     */
    public double countGrowthGradient(String phase, String layer, Mask mask) {
        double total = 0;
        for (LayerWorkload w : workloads) {
            if (!w.weightName().equals(layer)) continue;
            double density = mask == null ? 1.0 : mask.density();
            double extra = (FlopsModel.combinationFlops(w, 1.0) - FlopsModel.combinationFlops(w, density)) / stepsPerEpoch;
            breakdown.add(layer, phase, FlopsKind.GROWTH_GRADIENT, FlopsOp.COMBINATION, extra);
            total += extra;
        }
        return total;
    }

    private void countPass(String phase, Map<String, Mask> masks) {
        for (LayerWorkload w : workloads) {
            Mask m = masks.get(w.weightName());
            double comb = FlopsModel.combinationFlops(w, m == null ? 1.0 : m.density()) / stepsPerEpoch;
            double agg = FlopsModel.aggregationFlops(w) / stepsPerEpoch;
            breakdown.add(w.weightName(), phase, FlopsKind.FORWARD, FlopsOp.COMBINATION, comb);
            breakdown.add(w.weightName(), phase, FlopsKind.FORWARD, FlopsOp.AGGREGATION, agg);
            breakdown.add(w.weightName(), phase, FlopsKind.BACKWARD, FlopsOp.COMBINATION, 2 * comb);
            breakdown.add(w.weightName(), phase, FlopsKind.BACKWARD, FlopsOp.AGGREGATION, 2 * agg);
        }
    }

    private double[] sparsities(Map<String, Mask> masks) {
        double[] p = new double[workloads.size()];
        for (int l = 0; l < p.length; l++) {
            Mask m = masks.get(workloads.get(l).weightName());
            p[l] = m == null ? 0.0 : m.sparsity();
        }
        return p;
    }

    /** Counted training FLOPs so far, overhead included. */
    public double counted() {
        return breakdown.total();
    }

    /** The paper's formula so far (no drop/grow overhead). */
    public double paper() {
        return paper;
    }

    public long steps() {
        return steps;
    }

    /** Counted FLOPs of training the dense model for {@code totalSteps} steps. */
    public double denseCounted(long totalSteps) {
        return totalSteps * FlopsModel.epochTrainingFlops(workloads, Map.of()) / stepsPerEpoch;
    }

    /** The paper's formula for the dense model over {@code totalSteps} steps. */
    public double densePaper(long totalSteps) {
        double fD = FlopsModel.paperForwardFlops(workloads, new double[workloads.size()], embeddingSparsity);
        return 3.0 * totalSteps * fD / stepsPerEpoch;
    }

    public FlopsBreakdown breakdown() {
        return breakdown;
    }

    /**
     * The counts so far as an event, with the yardsticks of dense training.
     *
     * @param sparseEmbeddings whether the first-layer inputs are top-k sparsified embeddings
     */
    public FlopsReported report(String runId, int epoch, boolean sparseEmbeddings) {
        double[] zero = new double[workloads.size()];
        List<LayerWorkload> denseInputs = new ArrayList<>(workloads);
        if (!denseInputs.isEmpty()) {
            LayerWorkload first = denseInputs.get(0);
            denseInputs.set(0, new LayerWorkload(first.weightName(), first.fanIn(), first.fanOut(), first.rowsPerEpoch(),
                    1.0, first.aggregationNnz()));
        }
        Map<String, Double> byLayer = new LinkedHashMap<>();
        for (LayerWorkload w : workloads) byLayer.put(w.weightName(), FlopsModel.epochTrainingFlops(List.of(w), Map.of()));
        return new FlopsReported(runId, epoch, breakdown.entries(), paper,
                FlopsModel.epochTrainingFlops(workloads, Map.of()), 3.0 * FlopsModel.paperForwardFlops(workloads, zero, embeddingSparsity),
                1.0 - embeddingSparsity, sparseEmbeddings,
                FlopsModel.epochTrainingFlops(denseInputs, Map.of()), 3.0 * FlopsModel.paperForwardFlops(workloads, zero, 0),
                byLayer);
    }
}
