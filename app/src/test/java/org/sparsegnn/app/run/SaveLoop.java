package org.sparsegnn.app.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.LayerInfo;
import org.sparsegnn.engine.events.MaskInitialized;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.RunStarted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * A child process for {@link KilledSaveTest}: saves a session of {@value #RUNS} long runs into a folder again and
 * again (as "Save experiment…" does), saying "saving N" and "saved N" on stdout, until it is killed.
 */
public final class SaveLoop {
    static final int RUNS = 12, EPOCHS = 300, WEIGHTS = 64 * 32;

    private SaveLoop() {
    }

    /** Run {@code r} of the session: a mask update and an epoch line per epoch, then RunFinished. */
    static List<TrainingEvent> run(int r) {
        String id = String.format("run-%02d", r);
        Random random = new Random(r);
        List<TrainingEvent> ev = new ArrayList<>();
        ev.add(new RunStarted(id, 0L, Map.of("model", "gcn", "method", "rigl", "sparsity", "0.8", "seed", "0"),
                List.of(new LayerInfo("w", 64, 32, true)), EPOCHS, 1, "CPU"));
        ev.add(new MaskInitialized(id, "w", 0, 0, 64, 32, random.ints(WEIGHTS / 5, 0, WEIGHTS).distinct().sorted().toArray()));
        for (int e = 1; e <= EPOCHS; e++) {
            ev.add(new MaskUpdated(id, "w", e, e, e - 1, "rigl", random.ints(40, 0, WEIGHTS).distinct().sorted().toArray(),
                    random.ints(40, 0, WEIGHTS).distinct().sorted().toArray(), new int[0], WEIGHTS / 5));
            ev.add(new EpochCompleted(id, e, "sparse", 1.0 / e, 0.5, 0.4, 0.3, Map.of("w", 0.8), 1e6 * e, 5.0,
                    Map.of("lr", 0.01, "eval_ms", 1.0)));
        }
        ev.add(new RunFinished(id, EPOCHS, Map.of("test_accuracy", 0.5), 1.0, false));
        return ev;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        RunStore store = new RunStore();
        for (int r = 0; r < RUNS; r++) store.applyBatch(run(r));
        List<RunRecord> runs = List.copyOf(store.all());
        for (int n = 1; ; n++) {
            System.out.println("saving " + n);
            long t0 = System.nanoTime();
            ExperimentFolders.save(dir, runs, id -> TrainingConfig.gcnDefaults());
            System.out.printf("saved %d in %.0f ms%n", n, (System.nanoTime() - t0) / 1e6);
        }
    }
}
