package org.sparsegnn.cluster;

import picocli.CommandLine.Command;

/**
 * {@code java -jar sparsegnn-spark.jar sweep …} or {@code spark-submit … sparsegnn-spark.jar sweep …}: the engine's
 * sweep with one Spark task per trial.
 */
@Command(name = "sparsegnn-spark", mixinStandardHelpOptions = true, version = "sparsegnn-spark 0.1.0",
        description = "Sparse GNN sweeps on Apache Spark: the engine's sweep, one Spark task per trial.",
        subcommands = {SparkSweepCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this). */
    public static int run(String... args) {
        return org.sparsegnn.engine.cli.Main.execute(new Main(), args);
    }

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
