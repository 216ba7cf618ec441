package org.sparsegnn.app.shell;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.sparsegnn.app.theme.Theme;
import org.sparsegnn.engine.cli.KindConverters;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.train.TaskKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The workbench's command line, read by picocli as the engine's CLI is (task and model by the same names). A
 * preset is applied first; options given explicitly win over it (as the engine's {@code --preset}). A sweep
 * ("rigl,set:0.5,0.8,0.9") starts once the graph is loaded; with --screenshot the pictures are taken when it is
 * done.
 */
@Command(name = "sparsegnn-workbench", mixinStandardHelpOptions = true, version = "sparsegnn-workbench 0.1.0",
        description = "Sparse GNN Workbench: watch sparse training of graph neural networks.")
public final class AppOptions {
    /** Ids of the workbench's views, in tab order (each view's {@code id()}). */
    public static final List<String> VIEW_IDS = List.of("accuracy-loss", "mask-heatmap", "flops", "sparsity-sweep", "runs");
    public static final List<String> PRESETS = List.of("tiny", "paper");

    @Option(names = "--dataset", paramLabel = "NAME|PATH", description = "built-in sample or dataset name, or a graph file")
    private String dataset;
    @Option(names = "--graph", paramLabel = "FILE", description = "a graph file or folder to open (the formats of the CLI's --graph)")
    private Path graphOption;
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "a graph file or folder to open, as --graph")
    private Path graphArgument;
    @Option(names = "--task", paramLabel = "node|link", description = "node classification or link prediction")
    private TaskKind task;
    @Option(names = "--model", paramLabel = "gcn|fnn", description = "model")
    private ModelKind model;
    @Option(names = "--method", paramLabel = "ID", description = "sparsity method, e.g. rigl")
    private String method;
    @Option(names = "--sparsity", paramLabel = "S", description = "target sparsity, 0 <= S < 1")
    private Double sparsity;
    @Option(names = "--epochs", paramLabel = "N", description = "training epochs")
    private Integer epochs;
    @Option(names = "--embedding-topk", paramLabel = "PERCENT", description = "keep the top PERCENT %% embedding entries")
    private Double embeddingTopk;
    @Option(names = "--run", description = "start training once the graph is loaded")
    private boolean run;
    @Option(names = "--demo", description = "the talk demo: RigL at 90 %% sparsity, slowed down; implies --run")
    private boolean demo;
    @Option(names = "--screenshot", paramLabel = "DIR|FILE.png", description = "take screenshots, then quit")
    private Path screenshot;
    @Option(names = "--after-epochs", paramLabel = "N", description = "with --screenshot: pause after N epochs; implies --run")
    private int afterEpochs;
    @Option(names = "--theme", paramLabel = "light|dark", description = "colour theme")
    private Theme theme;
    @Option(names = "--zoom", paramLabel = "PCT", description = "zoom in percent (100 to 200)")
    private int zoomPercent = 100;
    @Option(names = "--view", paramLabel = "ID", description = "the view shown first: ${COMPLETION-CANDIDATES}",
            completionCandidates = ViewIds.class)
    private String view;
    @Option(names = "--pulse-log", paramLabel = "FILE", description = "write the UI pulse gaps of a scripted run")
    private Path pulseLog;
    @Option(names = "--presenter", description = "presenter mode: no settings pane, larger text")
    private boolean presenter;
    @Option(names = "--preset", paramLabel = "tiny|paper", description = "preset settings (explicit options win)")
    private String preset;
    @Option(names = "--sweep", paramLabel = "METHODS:SPARSITIES", description = "run a sweep, e.g. rigl,set:0.5,0.8,0.9")
    private String sweep;
    /** The --help or --version text when one of them was asked for, else null. */
    private String helpText;

    private AppOptions() {
    }

    /**
     * The options in {@code args}.
     *
     * @throws IllegalArgumentException with one line naming the option that is wrong
     */
    public static AppOptions parse(List<String> args) {
        AppOptions o = new AppOptions();
        CommandLine cl = KindConverters.register(new CommandLine(o)).setCaseInsensitiveEnumValuesAllowed(true);
        try {
            cl.parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        o.check();
        if (cl.isUsageHelpRequested()) o.helpText = cl.getUsageMessage();
        else if (cl.isVersionHelpRequested()) o.helpText = String.join(System.lineSeparator(), cl.getCommandSpec().version()) + System.lineSeparator();
        return o;
    }

    private void check() {
        if (graphOption != null && graphArgument != null) {
            throw new IllegalArgumentException("give the graph either as FILE or with --graph, not both");
        }
        if (dataset != null && graph() != null) {
            throw new IllegalArgumentException("give either --dataset or a graph FILE (--graph), not both");
        }
        if (view != null && !VIEW_IDS.contains(view)) {
            throw new IllegalArgumentException("--view must be one of " + VIEW_IDS + ", got '" + view + "'");
        }
        if (preset != null && !PRESETS.contains(preset.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("--preset must be one of " + PRESETS + ", got '" + preset + "'");
        }
        if (sweep != null) {
            int colon = sweep.indexOf(':');
            if (colon <= 0 || colon == sweep.length() - 1) {
                throw new IllegalArgumentException("--sweep needs METHODS:SPARSITIES, e.g. rigl,set:0.5,0.8,0.9, got '"
                        + sweep + "'");
            }
        }
    }

    /** The --view choices for the help text. */
    static final class ViewIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return VIEW_IDS.iterator();
        }
    }

    public String dataset() { return dataset; }
    /** The graph file or folder given as FILE or with --graph, else null. */
    public Path graph() { return graphOption != null ? graphOption : graphArgument; }
    /** "node" or "link" (the settings sheet's value), null when not given. */
    public String task() { return task == null ? null : task.id(); }
    /** "gcn" or "fnn" (the settings sheet's value), null when not given. */
    public String model() { return model == null ? null : model.id(); }
    public String method() { return method; }
    public Double sparsity() { return sparsity; }
    public Integer epochs() { return epochs; }
    public Double embeddingTopk() { return embeddingTopk; }
    /** Whether to start training: --run, --demo and --after-epochs each ask for it. */
    public boolean run() { return run || demo || afterEpochs > 0; }
    public Path screenshot() { return screenshot; }
    public int afterEpochs() { return afterEpochs; }
    public Theme theme() { return theme; }
    public int zoomPercent() { return zoomPercent; }
    public boolean demo() { return demo; }
    public String view() { return view; }
    public Path pulseLog() { return pulseLog; }
    public boolean presenter() { return presenter; }
    public String preset() { return preset == null ? null : preset.toLowerCase(Locale.ROOT); }
    public String sweepMethods() { return sweep == null ? null : sweep.substring(0, sweep.indexOf(':')); }
    public String sweepSparsities() { return sweep == null ? null : sweep.substring(sweep.indexOf(':') + 1); }
    /** The text of --help or --version when one was given (the launcher prints it and quits), else null. */
    public String helpText() { return helpText; }
}
