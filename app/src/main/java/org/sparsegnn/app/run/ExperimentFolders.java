package org.sparsegnn.app.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.sparsegnn.engine.events.RunStarted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.WeightSnapshot;
import org.sparsegnn.engine.record.Experiment;
import org.sparsegnn.engine.record.MaskHistoryNpz;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * Saves the session's runs in the engine's experiment format, one folder per run ({@code config.json},
 * {@code events.jsonl}, and {@code masks.npz} with the whole mask history for numpy), and reads such folders back
 * so runs replay without retraining. The last weights of each layer are kept so the heatmap shades |w|.
 */
public final class ExperimentFolders {
    private ExperimentFolders() {
    }

    /** Writes every run into {@code dir/<runId>/}. */
    public static void save(Path dir, List<RunRecord> runs, Function<String, TrainingConfig> configs) throws IOException {
        Files.createDirectories(dir);
        for (RunRecord r : runs) {
            List<TrainingEvent> events = new ArrayList<>(r.replayLog());
            for (Map.Entry<String, WeightHistory> w : r.weights().entrySet()) {
                float[] v = w.getValue().latest();
                var l = r.maskLayers().get(w.getKey());
                if (v != null && l != null) {
                    events.add(new WeightSnapshot(r.runId(), w.getKey(), r.lastEpoch(), 0, l.rows(), l.cols(), v));
                }
            }
            Experiment e = new Experiment(configs.apply(r.runId()), events);
            Path runDir = dir.resolve(r.runId());
            e.save(runDir);
            MaskHistoryNpz.write(e.maskHistory(), runDir.resolve("masks.npz")); // in one step, after the log
        }
    }

    /**
     * The event logs of a saved run folder, or of every run folder directly inside {@code dir}. A run whose saving
     * (or recording) was cut short comes back up to its last complete epoch; one cut before its first event is
     * left out.
     */
    public static List<List<TrainingEvent>> load(Path dir) throws IOException {
        List<List<TrainingEvent>> out = new ArrayList<>();
        if (Files.isRegularFile(dir.resolve(Experiment.EVENTS))) {
            addIfStarted(out, Experiment.load(dir).events());
        } else if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a folder of saved runs");
        } else {
            try (Stream<Path> children = Files.list(dir)) {
                for (Path p : children.sorted().toList()) {
                    if (Files.isRegularFile(p.resolve(Experiment.EVENTS))) addIfStarted(out, Experiment.load(p).events());
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException(dir + ": no saved run here (expected " + Experiment.EVENTS + " in it or in its sub-folders)");
        }
        return out;
    }

    private static void addIfStarted(List<List<TrainingEvent>> runs, List<TrainingEvent> log) {
        if (!log.isEmpty() && log.get(0) instanceof RunStarted) runs.add(log);
    }
}
