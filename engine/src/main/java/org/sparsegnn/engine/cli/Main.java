package org.sparsegnn.engine.cli;

import org.sparsegnn.engine.train.EmbeddingTasks;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar sparsegnn.jar <command> …}: the engine's command-line front end. */
@Command(name = "sparsegnn", mixinStandardHelpOptions = true, version = "sparsegnn 0.1.0",
        description = "Sparse GNN Workbench engine: train GCN / FNN models with sparsification methods.",
        subcommands = {TrainCommand.class, SweepCommand.class, BenchCommand.class, EmbedCommand.class,
                ReproduceCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {Main.EXIT_CODES_0, Main.EXIT_CODES_1, Main.EXIT_CODES_2,
                Main.EXIT_CODES_3})
public final class Main implements Runnable {
    /** Exit code for bad arguments or unreadable / malformed input files. */
    public static final int EXIT_USAGE = 2;
    /** Exit code for a run whose loss diverged (NaN / infinite, or over 1000× its start): see DivergenceRule. */
    public static final int EXIT_DIVERGED = 3;
    static final String EXIT_CODES_0 = "0:done";
    static final String EXIT_CODES_1 = "1:a run failed with an error";
    static final String EXIT_CODES_2 = "2:bad arguments, or an unreadable or malformed input file";
    static final String EXIT_CODES_3 = "3:training diverged (the loss became NaN or infinite, or grew over 1000x its "
            + "start): lower --lr";

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return execute(new Main(), args);
    }

    /**
     * Runs {@code command} (a picocli command object, e.g. another front end's) with this CLI's error handling:
     * one "error: …" line, exit code {@link #EXIT_USAGE} for bad input, 1 otherwise.
     */
    public static int execute(Object command, String... args) {
        EmbeddingTasks.setDefaultProgress(name -> new EmbeddingProgressPrinter(name, System.err));
        CommandLine cl = KindConverters.register(new CommandLine(command));
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage() + " (see --help)");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + UserErrors.oneLine(ex));
            return UserErrors.isUserError(ex) ? EXIT_USAGE : 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
