package org.sparsegnn.engine.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.sparsegnn.engine.events.EpochCompleted;

/**
 * epochs.csv: one row per epoch with the fixed columns, then one column per layer sparsity ({@code
 * sparsity:NAME}), per kind of training time ({@code KIND_ms}, {@link EpochCompleted#millisByKind}), per layer's
 * training time ({@code NAME_ms}) and kernels ({@code kernel:NAME}) and per extra metric (sorted). Missing values
 * are empty cells. Every wall-clock time column ends in {@code _ms}.
 */
public final class EpochsCsv {
    private static final List<String> FIXED = List.of("epoch", "phase", "loss", "train_accuracy", "val_accuracy",
            "test_accuracy", "cumulative_training_flops", "epoch_ms");
    private final List<String> layers;
    private final List<String> extras;
    private final List<String> kinds;
    private final List<String> kernelLayers;

    public EpochsCsv(List<String> layers, List<String> extras, List<String> kinds, List<String> kernelLayers) {
        this.layers = List.copyOf(layers);
        this.extras = List.copyOf(extras);
        this.kinds = List.copyOf(kinds);
        this.kernelLayers = List.copyOf(kernelLayers);
    }

    /** Columns covering every layer and metric that occurs in {@code epochs}. */
    public static EpochsCsv covering(List<EpochCompleted> epochs) {
        TreeSet<String> layers = new TreeSet<>();
        TreeSet<String> extras = new TreeSet<>();
        TreeSet<String> kernelLayers = new TreeSet<>();
        boolean timed = false;
        for (EpochCompleted e : epochs) {
            layers.addAll(e.layerSparsity().keySet());
            extras.addAll(e.extra().keySet());
            kernelLayers.addAll(e.kernelByLayer().keySet());
            timed |= !e.millisByKind().isEmpty();
        }
        return new EpochsCsv(new ArrayList<>(layers), new ArrayList<>(extras),
                timed ? EpochCompleted.TIME_KINDS : List.of(), new ArrayList<>(kernelLayers));
    }

    public String header() {
        List<String> cols = new ArrayList<>(FIXED);
        for (String l : layers) cols.add("sparsity:" + l);
        for (String k : kinds) cols.add(k + "_ms");
        for (String l : kernelLayers) cols.add(l + "_ms");
        for (String l : kernelLayers) cols.add("kernel:" + l);
        cols.addAll(extras);
        return String.join(",", cols);
    }

    public String row(EpochCompleted e) {
        StringBuilder b = new StringBuilder();
        b.append(e.epoch()).append(',').append(e.phase()).append(',').append(num(e.loss())).append(',')
                .append(num(e.trainAccuracy())).append(',').append(num(e.valAccuracy())).append(',')
                .append(num(e.testAccuracy())).append(',').append(num(e.cumulativeTrainingFlops())).append(',')
                .append(num(e.epochMillis()));
        for (String l : layers) b.append(',').append(num(e.layerSparsity().get(l)));
        for (String k : kinds) b.append(',').append(num(e.millisByKind().get(k)));
        for (String l : kernelLayers) b.append(',').append(num(e.millisByLayer().get(l)));
        for (String l : kernelLayers) b.append(',').append(e.kernelByLayer().getOrDefault(l, ""));
        for (String k : extras) b.append(',').append(num(e.extra().get(k)));
        return b.toString();
    }

    public String render(List<EpochCompleted> epochs) {
        StringBuilder b = new StringBuilder(header()).append('\n');
        for (EpochCompleted e : epochs) b.append(row(e)).append('\n');
        return b.toString();
    }

    static String num(Double v) {
        if (v == null || v.isNaN()) return "";
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
