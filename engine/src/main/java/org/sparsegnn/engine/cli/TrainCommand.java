package org.sparsegnn.engine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.nn.Backend;
import org.sparsegnn.engine.record.AtomicFiles;
import org.sparsegnn.engine.record.MaskHistory;
import org.sparsegnn.engine.record.MaskHistoryNpz;
import org.sparsegnn.engine.record.RunRecorder;
import org.sparsegnn.engine.sparsity.SparsityMethod;
import org.sparsegnn.engine.sparsity.SparsityMethods;
import org.sparsegnn.engine.train.Task;
import org.sparsegnn.engine.train.Tasks;
import org.sparsegnn.engine.train.Trainer;
import org.sparsegnn.engine.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code train}: runs one configuration for several seeds. OUT/epochs.csv gets a line per epoch as it completes and
 * OUT/runs/seed-N/ each seed's run record ({@link RunRecorder}: config.json, events.jsonl, …, which the workbench
 * opens), so a process killed mid-run loses at most the epoch in progress; OUT/summary.json and (sparse runs)
 * OUT/masks.npz are written in one step once every seed has finished.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model (one run per seed) and write OUT/summary.json, OUT/epochs.csv, (sparse runs) "
                + "OUT/masks.npz, and each seed's run record in OUT/runs/seed-N (opens in the workbench).",
                "epochs.csv and the run records grow epoch by epoch: a run cut short keeps its completed epochs; "
                        + "summary.json and masks.npz appear when every seed has finished."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {Main.EXIT_CODES_0, Main.EXIT_CODES_1, Main.EXIT_CODES_2,
                Main.EXIT_CODES_3})
public final class TrainCommand implements Callable<Integer> {
    static final String SUMMARY = "summary.json", EPOCHS = "epochs.csv", MASKS = "masks.npz", RUNS = "runs";

    @Mixin
    GraphOptions graph = new GraphOptions();
    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--seeds", description = "number of seeds (runs), default 1")
    int seeds = 1;
    @Option(names = "--seed", description = "first seed, default 0 (seeds are N, N+1, …)")
    long firstSeed = 0;
    @Option(names = "--out", required = true, paramLabel = "OUT", description = "output folder")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (seeds < 1) throw new IllegalArgumentException("--seeds must be at least 1, got " + seeds);
        OutFolder.check(out);
        run.toConfig(firstSeed); // every bad setting named before loading data
        Graph g = graph.load();
        RunOptions.Resolved firstRun = run.resolve(firstSeed, g);
        TrainingConfig first = firstRun.config();
        PresetNotes.print(firstRun.adaptations(), graph.name(), System.out);
        long started = System.nanoTime();
        List<RunFinished> finished = new ArrayList<>();
        MaskHistory masks = null; // the first seed's → OUT/masks.npz
        int totalEpochs = SparsityMethods.create(first.methodSpec()).totalEpochs(first.epochs());
        OutFolder.prepare(out, List.of(SUMMARY, MASKS, RUNS));
        try (RunTable table = new RunTable(out.resolve(EPOCHS));
             ProgressListener progress = new ProgressListener(graph.name() + " " + first.model(), (long) totalEpochs * seeds)) {
            for (int i = 0; i < seeds; i++) {
                TrainingConfig cfg = i == 0 ? first : run.resolve(firstSeed + i, g).config();
                Task task = Tasks.create(g, cfg);
                SparsityMethod method = SparsityMethods.create(cfg.methodSpec());
                System.out.println("run " + (i + 1) + "/" + seeds + ": seed " + cfg.seed() + ", " + cfg.model() + " on "
                        + graph.name() + ", method " + cfg.method() + ", backend " + Backend.describe());
                TrainingEvent end;
                try (RunRecorder record = new RunRecorder(out.resolve(RUNS).resolve("seed-" + cfg.seed()), cfg, false)) {
                    // the record first: epochs.csv never holds an epoch the run's log does not
                    end = new Trainer(cfg, task, method).weightSnapshots(false).addListener(record)
                            .addListener(table.listenerFor(cfg.seed())).addListener(progress).run();
                    if (i == 0) masks = record.history();
                }
                if (end instanceof RunFailed f) {
                    System.err.println("error: seed " + cfg.seed() + ": " + f.message());
                    return f.diverged() ? Main.EXIT_DIVERGED : 1;
                }
                finished.add((RunFinished) end);
            }
            double wall = (System.nanoTime() - started) / 1e9;
            Map<String, Object> summary = summary(first, finished, table, wall);
            summary.put("preset_adaptations", firstRun.adaptations());
            if (!masks.isEmpty()) MaskHistoryNpz.write(masks, out.resolve(MASKS));
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            AtomicFiles.write(out.resolve(SUMMARY), json.writeValueAsString(summary) + "\n"); // last: the run is complete
            System.out.printf(Locale.ROOT, "test accuracy %.4f ± %.4f over %d seed(s) (best-val epoch), median epoch %.2f ms; wrote %s%n",
                    summary.get("test_accuracy"), summary.get("test_accuracy_std"), seeds, summary.get("epoch_ms_median"), out);
        }
        return 0;
    }

    private Map<String, Object> summary(TrainingConfig cfg, List<RunFinished> runs, RunTable table, double wall) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("dataset", graph.name());
        s.put("task", cfg.task());
        s.put("model", cfg.model());
        s.put("method", cfg.method());
        s.put("seeds", runs.size());
        List<Long> seedList = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) seedList.add(cfg.seed() + i);
        s.put("seed_list", seedList);
        double[] test = runs.stream().mapToDouble(r -> r.metrics().get("test_accuracy")).toArray();
        s.put("test_accuracy", Stats.mean(test));
        s.put("test_accuracy_std", Stats.std(test));
        s.put("val_accuracy", Stats.mean(runs.stream().mapToDouble(r -> r.metrics().get("val_accuracy")).toArray()));
        s.put("epoch_ms_median", Stats.median(table.epochMillis()));
        s.put("epoch_ms_by_kind", table.medianMillisByKind());
        s.put("epoch_ms_by_layer", table.medianMillisByLayer());
        s.put("kernel_by_layer", table.lastKernels());
        s.put("kernel_switches", table.kernelSwitches());
        s.put("wall_seconds", wall);
        s.put("backend", Backend.name());
        Map<String, Double> layerSparsity = new LinkedHashMap<>();
        for (String key : new TreeSet<>(runs.get(0).metrics().keySet())) {
            if (s.containsKey(key)) continue;
            double mean = Stats.mean(runs.stream().mapToDouble(r -> r.metrics().getOrDefault(key, Double.NaN)).toArray());
            if (key.startsWith("layer_sparsity.")) layerSparsity.put(key.substring("layer_sparsity.".length()), mean);
            else s.put(key, mean);
        }
        s.put("layer_sparsity", layerSparsity);
        List<Map<String, Object>> perSeed = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("seed", cfg.seed() + i);
            r.put("test_accuracy", runs.get(i).metrics().get("test_accuracy"));
            r.put("val_accuracy", runs.get(i).metrics().get("val_accuracy"));
            Double auc = runs.get(i).metrics().get("test_auc"); // link prediction: each seed's ROC-AUC too
            if (auc != null) r.put("test_auc", auc);
            r.put("best_epoch", runs.get(i).bestEpoch());
            r.put("wall_seconds", runs.get(i).wallSeconds());
            perSeed.add(r);
        }
        s.put("per_seed", perSeed);
        s.put("config", cfg);
        return s;
    }
}
