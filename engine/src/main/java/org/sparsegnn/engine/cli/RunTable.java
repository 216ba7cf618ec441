package org.sparsegnn.engine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sparsegnn.engine.errors.ErrorMessages;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.TrainingListener;

/**
 * {@code epochs.csv} of all seeds, one line per epoch (with its time split by kind of work) written and flushed as
 * the epoch completes: a process killed mid-run leaves every completed epoch in the file, each line whole. Keeps
 * the times and kernels the summary reports.
 */
final class RunTable implements AutoCloseable {
    static final String HEADER = "seed,epoch,phase,loss,train_accuracy,val_accuracy,test_accuracy,epoch_ms,cumulative_flops,"
            + "forward_ms,backward_ms,optimizer_ms,mask_update_ms,other_ms";

    private final Path file;
    private final BufferedWriter csv;
    private final List<Double> epochMillis = new ArrayList<>();
    private final Map<String, List<Double>> millisByKind = new LinkedHashMap<>();
    private final Map<String, List<Double>> millisByLayer = new TreeMap<>();
    private Long firstSeed;
    private final List<EpochCompleted> firstSeedKernels = new ArrayList<>(); // the first seed's epochs

    RunTable(Path file) throws IOException {
        this.file = file;
        csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        csv.write(HEADER + "\n");
        csv.flush();
    }

    TrainingListener listenerFor(long seed) {
        return (TrainingEvent e) -> {
            if (e instanceof EpochCompleted ec) append(seed, ec);
        };
    }

    private void append(long seed, EpochCompleted e) {
        epochMillis.add(e.epochMillis());
        e.millisByKind().forEach((k, ms) -> millisByKind.computeIfAbsent(k, x -> new ArrayList<>()).add(ms));
        e.millisByLayer().forEach((k, ms) -> millisByLayer.computeIfAbsent(k, x -> new ArrayList<>()).add(ms));
        if (firstSeed == null) firstSeed = seed;
        if (firstSeed == seed) firstSeedKernels.add(e);
        StringBuilder times = new StringBuilder();
        for (String kind : EpochCompleted.TIME_KINDS) {
            Double v = e.millisByKind().get(kind);
            times.append(',').append(v == null ? "" : String.format(Locale.ROOT, "%.4f", v));
        }
        try {
            csv.write(String.format(Locale.ROOT, "%d,%d,%s,%.6f,%.6f,%.6f,%.6f,%.4f,%.0f%s\n", seed, e.epoch(), e.phase(),
                    e.loss(), e.trainAccuracy(), e.valAccuracy(), e.testAccuracy(), e.epochMillis(),
                    e.cumulativeTrainingFlops(), times));
            csv.flush(); // one short line: one write, so the file never ends inside a line
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot append to " + file + ": " + ErrorMessages.describe(ex), ex);
        }
    }

    double[] epochMillis() {
        return epochMillis.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Median milliseconds per epoch of each kind of work, over every epoch of every seed. */
    Map<String, Double> medianMillisByKind() {
        return medians(millisByKind);
    }

    /** Median milliseconds per epoch in each weight layer's forward and backward passes, every epoch of every seed. */
    Map<String, Double> medianMillisByLayer() {
        return medians(millisByLayer);
    }

    private static Map<String, Double> medians(Map<String, List<Double>> values) {
        Map<String, Double> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, Stats.median(v.stream().mapToDouble(Double::doubleValue).toArray())));
        return m;
    }

    /** The kernels of every weight layer in the last epoch of the first seed. */
    Map<String, String> lastKernels() {
        return firstSeedKernels.isEmpty() ? Map.of()
                : new TreeMap<>(firstSeedKernels.get(firstSeedKernels.size() - 1).kernelByLayer());
    }

    /** Epochs of the first seed at which a weight layer ran other kernels than in the epoch before. */
    List<Map<String, Object>> kernelSwitches() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 1; i < firstSeedKernels.size(); i++) {
            EpochCompleted e = firstSeedKernels.get(i);
            for (Map.Entry<String, String> k : new TreeMap<>(e.kernelByLayer()).entrySet()) {
                String was = firstSeedKernels.get(i - 1).kernelByLayer().get(k.getKey());
                if (was != null && !was.equals(k.getValue())) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("layer", k.getKey());
                    s.put("epoch", e.epoch());
                    s.put("from", was);
                    s.put("to", k.getValue());
                    out.add(s);
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
