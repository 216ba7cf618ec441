package org.sparsegnn.cluster;

import java.util.List;
import java.util.concurrent.Callable;
import org.sparsegnn.engine.cli.SweepOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sweep}: the engine's sweep options (parsed and checked by the engine) plus where it runs. The executors
 * parse the same arguments again, so every trial gets the config the engine's own sweep would give it.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run methods × sparsities × seeds as one Spark task per trial; OUT (local, hdfs://, s3a://, …) gets "
                + "trials/*/ (one run folder per trial), sweep.csv and the charts. A rerun trains only unfinished trials.")
public final class SparkSweepCommand implements Callable<Integer> {
    @Mixin
    SweepOptions sweep = new SweepOptions();

    @Option(names = "--master", paramLabel = "URL", description = "Spark master: local[*] (default; this machine), "
            + "local[N], spark://HOST:7077, yarn, k8s://…; under spark-submit its --master is used")
    String master;

    @Option(names = "--retries", paramLabel = "N", description = "times a trial that throws is run again before it is "
            + "recorded as failed (default 2); a lost worker's trials run again regardless")
    int retries = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (retries < 0) throw new IllegalArgumentException("--retries must be at least 0, got " + retries);
        List<String> all = spec.commandLine().getParseResult().originalArgs();
        return new SparkSweep(this, List.copyOf(all.subList(all.indexOf(spec.name()) + 1, all.size()))).run();
    }

    /** Parses a task's arguments again on an executor. */
    static SparkSweepCommand parse(List<String> args) {
        SparkSweepCommand c = new SparkSweepCommand();
        org.sparsegnn.engine.cli.KindConverters.register(new CommandLine(c)).parseArgs(args.toArray(String[]::new));
        return c;
    }
}
