package org.sparsegnn.app.flops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.sparsegnn.app.run.RunRecord;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.FlopsEntry;
import org.sparsegnn.engine.events.FlopsReported;
import org.sparsegnn.engine.events.LayerInfo;

/**
 * A run's cost against dense training, per phase and weight layer and per phase for the whole epoch, in the two
 * currencies side by side: counted FLOPs over the FLOPs dense training would spend on the same epochs, and
 * measured time over the time of a dense run ({@link TimeYardstick}). Times are medians per epoch (one slow epoch
 * on a busy machine moves a median little); FLOPs are sums. Pure: no JavaFX.
 */
final class CostRatios {
    /** One pair of bars. */
    record Bar(String category, double flops, double time) {
    }

    /**
     * Epochs left out of the medians at the start of a run or phase: the JIT compiles the code in the first ones
     * (measured: the first run in a fresh workbench took 3× as long per epoch for its first dozen epochs). At
     * least this many, and at least a quarter of the phase's epochs.
     */
    static final int WARMUP_EPOCHS = 2;

    private CostRatios() {
    }

    /**
     * @param flops the run's latest FLOPs report (null: FLOPs unknown, e.g. a run saved before they were recorded)
     * @param dense the time yardstick (null: times unknown)
     */
    static List<Bar> of(RunRecord run, FlopsReported flops, RunRecord dense) {
        Map<String, List<EpochCompleted>> byPhase = new LinkedHashMap<>();
        for (EpochCompleted e : run.epochs()) byPhase.computeIfAbsent(e.phase(), k -> new ArrayList<>()).add(e);
        Map<String, Double> counted = new LinkedHashMap<>();
        if (flops != null) for (FlopsEntry e : flops.counted()) counted.merge(e.phase() + "\u0000" + e.layer(), e.flops(), Double::sum);
        List<EpochCompleted> reference = dense == null ? List.of() : warm(dense.epochs());
        List<String> layers = run.start().layers().stream().map(LayerInfo::name).toList();
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, List<EpochCompleted>> phase : byPhase.entrySet()) {
            List<EpochCompleted> epochs = phase.getValue();
            double phaseFlops = 0;
            for (int l = 0; l < layers.size(); l++) {
                String name = layers.get(l);
                Double f = counted.get(phase.getKey() + "\u0000" + name);
                phaseFlops += f == null ? 0 : f;
                Double denseLayer = flops == null ? null : flops.denseEpochByLayer().get(name);
                String kernels = epochs.get(epochs.size() - 1).kernelByLayer().get(name);
                bars.add(new Bar(phase.getKey() + " · layer " + (l + 1) + (kernels == null ? "" : "\n(" + kernels + " kernels)"),
                        f == null || denseLayer == null ? Double.NaN : f / (denseLayer * epochs.size()),
                        ratio(warm(epochs), reference, e -> e.millisByLayer().getOrDefault(name, Double.NaN))));
            }
            bars.add(new Bar(phase.getKey() + " · epoch", flops == null ? Double.NaN : phaseFlops / (flops.denseEpoch() * epochs.size()),
                    ratio(warm(epochs), reference, EpochCompleted::epochMillis)));
        }
        return bars;
    }

    /** Median of {@code f} over the run's epochs over its median over the yardstick's; NaN when either is unknown. */
    static double ratio(List<EpochCompleted> epochs, List<EpochCompleted> reference, ToDoubleFunction<EpochCompleted> f) {
        if (reference.isEmpty()) return Double.NaN;
        double r = median(reference, f);
        return r > 0 ? median(epochs, f) / r : Double.NaN;
    }

    /** The epochs after the warm-up ({@link #WARMUP_EPOCHS}), or all of them when there are only a few. */
    static List<EpochCompleted> warm(List<EpochCompleted> epochs) {
        int skip = Math.max(WARMUP_EPOCHS, epochs.size() / 4);
        return epochs.size() > 2 * skip ? epochs.subList(skip, epochs.size()) : epochs;
    }

    /** Median of {@code f} over the epochs (NaN values left out; NaN when none is left). */
    static double median(List<EpochCompleted> epochs, ToDoubleFunction<EpochCompleted> f) {
        double[] v = epochs.stream().mapToDouble(f).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) return Double.NaN;
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
