package org.sparsegnn.engine.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.nn.Backend;
import org.sparsegnn.engine.nn.KernelChoice;
import org.sparsegnn.engine.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench}: median training-epoch time of the real training loop (forward, loss, backward, optimizer step,
 * the sparsity method's hooks) after a warm-up, split by kind of work and by layer, with the kernels each weight
 * layer ran. Evaluation is timed separately. With {@code --compare} a second configuration trains in the same
 * process, the two alternating epoch by epoch ({@link InterleavedRuns}), and the ratio is printed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Median training-epoch time (after warm-up) by kind of work and layer; --compare dense trains dense "
                + "in the same process, alternating epoch by epoch, and prints the ratio.")
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
    @Option(names = "--compare", paramLabel = "dense|dense-kernels",
            description = "also train dense (dense) or the same run on dense kernels (dense-kernels), alternating epochs, and print the ratio")
    String compare;

    @Override
    public Integer call() throws Exception {
        if (warmup < 0 || measure < 1) throw new IllegalArgumentException("--warmup must be >= 0 and --measure >= 1");
        if (threads != null) {
            if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
            System.setProperty("sparsegnn.threads", threads.toString()); // read when the kernels are first used
        }
        run.epochs = warmup + measure;
        TrainingConfig cfg = run.toConfig(seed);
        List<TrainingConfig> configs = new ArrayList<>(List.of(cfg));
        if (compare != null) configs.add(compareConfig(cfg));
        Graph g = graph.load();
        System.out.println("bench: " + cfg.model() + " on " + graph.name() + " (" + g + "), method " + cfg.method()
                + ", kernels " + cfg.kernels() + ", backend " + Backend.describe());
        System.out.println("sparse kernels' dot products: " + KernelChoice.sparseReductions());
        List<InterleavedRuns.Run> runs = InterleavedRuns.train(g, configs);
        for (InterleavedRuns.Run r : runs) {
            if (r.end() instanceof RunFailed f) {
                System.err.println("error: " + label(r.config()) + ": " + f.message());
                return f.diverged() ? Main.EXIT_DIVERGED : 1;
            }
        }
        for (InterleavedRuns.Run r : runs) print(r);
        if (runs.size() == 2) printRatio(runs.get(0), runs.get(1));
        return 0;
    }

    private TrainingConfig compareConfig(TrainingConfig cfg) {
        return switch (compare) {
            case "dense" -> cfg.withMethod("dense", 0.0).withKernels(KernelChoice.AUTO);
            case "dense-kernels" -> cfg.withKernels(KernelChoice.DENSE);
            default -> throw new IllegalArgumentException("unknown --compare '" + compare + "'; known: dense, dense-kernels");
        };
    }

    private static String label(TrainingConfig c) {
        return "dense".equals(c.method()) ? "dense" : c.method() + " " + c.sparsity() + " (" + c.kernels() + " kernels)";
    }

    private List<EpochCompleted> measured(InterleavedRuns.Run r) {
        return r.epochs().subList(Math.min(warmup, r.epochs().size()), r.epochs().size());
    }

    private double median(InterleavedRuns.Run r, ToDoubleFunction<EpochCompleted> f) {
        return Stats.median(measured(r).stream().mapToDouble(f).toArray());
    }

    private void print(InterleavedRuns.Run r) {
        double[] epoch = measured(r).stream().mapToDouble(EpochCompleted::epochMillis).sorted().toArray();
        System.out.println(fmt("%s: median over %d epochs after %d warm-up: training epoch %.3f ms (quartiles %.3f–%.3f)",
                label(r.config()), epoch.length, warmup, Stats.median(epoch), epoch[epoch.length / 4],
                epoch[(3 * epoch.length) / 4 - (epoch.length % 4 == 0 ? 1 : 0)]));
        StringBuilder kinds = new StringBuilder();
        for (String kind : EpochCompleted.TIME_KINDS) {
            kinds.append(kinds.length() == 0 ? "" : ", ").append(kind).append(' ')
                    .append(fmt("%.3f", median(r, e -> e.millisByKind().getOrDefault(kind, Double.NaN))));
        }
        System.out.println("  by kind (ms per epoch): " + kinds);
        EpochCompleted last = r.epochs().get(r.epochs().size() - 1);
        Map<String, String> layers = new LinkedHashMap<>();
        for (String layer : last.millisByLayer().keySet()) {
            layers.put(layer, fmt("%.3f ms (%s)", median(r, e -> e.millisByLayer().getOrDefault(layer, Double.NaN)),
                    last.kernelByLayer().getOrDefault(layer, "?")));
        }
        System.out.println("  by layer (ms per epoch, kernels): " + layers.toString().replaceAll("[{}]", ""));
        System.out.println(fmt("  evaluation %.3f ms; CPU time of the trainer thread %.3f ms per training epoch "
                        + "(all the work with --threads 1 and OMP_NUM_THREADS=1); test accuracy %.4f",
                median(r, e -> e.extra().getOrDefault("eval_ms", Double.NaN)),
                median(r, e -> e.extra().getOrDefault("train_cpu_ms", Double.NaN)),
                r.finished().metrics().getOrDefault("test_accuracy", Double.NaN)));
    }

    private void printRatio(InterleavedRuns.Run a, InterleavedRuns.Run b) {
        List<EpochCompleted> ea = measured(a), eb = measured(b);
        double[] paired = new double[Math.min(ea.size(), eb.size())];
        for (int i = 0; i < paired.length; i++) paired[i] = ea.get(i).epochMillis() / eb.get(i).epochMillis();
        Arrays.sort(paired);
        System.out.println(fmt("ratio %s / %s: %.3f (medians; epoch by epoch: median %.3f, range %.3f–%.3f)",
                label(a.config()), label(b.config()),
                median(a, EpochCompleted::epochMillis) / median(b, EpochCompleted::epochMillis),
                Stats.median(paired), paired[0], paired[paired.length - 1]));
        if (threads != null && threads == 1) {
            ToDoubleFunction<EpochCompleted> cpu = e -> e.extra().getOrDefault("train_cpu_ms", Double.NaN);
            System.out.println(fmt("ratio of the trainer thread's CPU time: %.3f (with --threads 1 and OMP_NUM_THREADS=1 "
                    + "all the work runs on it)", median(a, cpu) / median(b, cpu)));
        }
    }

    private static String fmt(String f, Object... args) {
        return String.format(Locale.ROOT, f, args);
    }
}
