package org.sparsegnn.engine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.nn.Backend;
import org.sparsegnn.engine.sparsity.SparsityMethods;
import org.sparsegnn.engine.train.Tasks;
import org.sparsegnn.engine.train.Trainer;
import org.sparsegnn.engine.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench}: median training-epoch time of the real training loop (forward, loss, backward, optimizer step)
 * after a warm-up, with the forward / backward / rest breakdown. Evaluation is timed separately.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Median training-epoch time (after warm-up) with a forward/backward breakdown.")
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    GraphOptions graph = new GraphOptions();
    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--warmup", description = "warm-up epochs, not measured (default 50)")
    int warmup = 50;
    @Option(names = "--measure", description = "measured epochs (default 200)")
    int measure = 200;
    @Option(names = "--seed", description = "seed (default 0)")
    long seed = 0;
    @Option(names = "--threads", description = "threads of the Java kernels (default: all cores; 1 = sequential)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (warmup < 0 || measure < 1) throw new IllegalArgumentException("--warmup must be >= 0 and --measure >= 1");
        if (threads != null) {
            if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
            System.setProperty("sparsegnn.threads", threads.toString()); // read when the kernels are first used
        }
        run.epochs = warmup + measure;
        TrainingConfig cfg = run.toConfig(seed);
        Graph g = graph.load();
        System.out.println("bench: " + cfg.model() + " on " + graph.name() + " (" + g + "), backend " + Backend.describe());
        List<EpochCompleted> epochs = new ArrayList<>();
        TrainingEvent end = new Trainer(cfg, Tasks.create(g, cfg), SparsityMethods.create(cfg.methodSpec()))
                .weightSnapshots(false).addListener(e -> {
                    if (e instanceof EpochCompleted ec) epochs.add(ec);
                }).run();
        if (end instanceof RunFailed f) {
            System.err.println("error: " + f.message());
            return f.diverged() ? Main.EXIT_DIVERGED : 1;
        }
        List<EpochCompleted> measured = epochs.subList(Math.min(warmup, epochs.size()), epochs.size());
        double total = median(measured, "epoch");
        double fwd = median(measured, "forward_ms"), bwd = median(measured, "backward_ms");
        double eval = median(measured, "eval_ms");
        System.out.printf(Locale.ROOT, "median over %d epochs after %d warm-up: training epoch %.3f ms "
                        + "(forward+loss %.3f ms, backward %.3f ms, optimizer/masking/rest %.3f ms); evaluation %.3f ms%n",
                measured.size(), warmup, total, fwd, bwd, total - fwd - bwd, eval);
        System.out.printf(Locale.ROOT, "median CPU time of the trainer thread per training epoch: %.3f ms "
                + "(all the work when --threads 1; unaffected by other processes holding the cores)%n",
                median(measured, "train_cpu_ms"));
        return 0;
    }

    private static double median(List<EpochCompleted> epochs, String key) {
        return Stats.median(epochs.stream().mapToDouble(e -> key.equals("epoch") ? e.epochMillis()
                : e.extra().getOrDefault(key, Double.NaN)).toArray());
    }
}
