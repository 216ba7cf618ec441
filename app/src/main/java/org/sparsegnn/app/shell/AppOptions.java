package org.sparsegnn.app.shell;

import java.nio.file.Path;
import java.util.List;

/**
 * Command-line options of the workbench: {@code --dataset NAME|PATH --task node|link --model gcn|fnn --method ID
 * --sparsity S --epochs N --embedding-topk PERCENT --run --demo --screenshot DIR|FILE.png --after-epochs N
 * --theme light|dark --zoom PCT --view ID --pulse-log FILE --presenter --preset tiny|paper
 * --sweep METHODS:SPARSITIES}. A preset is applied first; options given explicitly win over it (as the engine's
 * {@code --preset}). A sweep ("rigl,set:0.5,0.8,0.9") starts once the graph is loaded; with --screenshot the
 * pictures are taken when it is done.
 */
public record AppOptions(String dataset, String task, String model, String method, Double sparsity, Integer epochs,
                         Double embeddingTopk, boolean run, Path screenshot, int afterEpochs, String theme,
                         int zoomPercent, boolean demo, String view, Path pulseLog, boolean presenter, String preset,
                         String sweepMethods, String sweepSparsities) {
    /** Ids of the workbench's views, in tab order (each view's {@code id()}). */
    public static final List<String> VIEW_IDS = List.of("accuracy-loss", "mask-heatmap", "flops", "sparsity-sweep", "runs");
    public static final List<String> PRESETS = List.of("tiny", "paper");

    public static AppOptions parse(List<String> args) {
        String dataset = null, task = null, model = null, method = null, theme = null, view = null, preset = null;
        Path pulseLog = null;
        String sweepMethods = null, sweepSparsities = null;
        Double sparsity = null, topk = null;
        Integer epochs = null;
        boolean run = false, demo = false, presenter = false;
        Path shot = null;
        int after = 0, zoom = 100;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--dataset" -> dataset = value(args, ++i, a);
                case "--task" -> task = value(args, ++i, a);
                case "--embedding-topk" -> topk = number(value(args, ++i, a), a);
                case "--model" -> model = value(args, ++i, a);
                case "--method" -> method = value(args, ++i, a);
                case "--sparsity" -> sparsity = number(value(args, ++i, a), a);
                case "--epochs" -> epochs = (int) (double) number(value(args, ++i, a), a);
                case "--run" -> run = true;
                case "--demo" -> {
                    run = true;
                    demo = true;
                }
                case "--screenshot" -> shot = Path.of(value(args, ++i, a));
                case "--after-epochs" -> after = (int) (double) number(value(args, ++i, a), a);
                case "--theme" -> theme = theme(value(args, ++i, a));
                case "--zoom" -> zoom = (int) (double) number(value(args, ++i, a), a);
                case "--view" -> view = view(value(args, ++i, a));
                case "--pulse-log" -> pulseLog = Path.of(value(args, ++i, a));
                case "--presenter" -> presenter = true;
                case "--sweep" -> {
                    String spec = value(args, ++i, a);
                    int colon = spec.indexOf(':');
                    if (colon <= 0 || colon == spec.length() - 1) {
                        throw new IllegalArgumentException("--sweep needs METHODS:SPARSITIES, e.g. rigl,set:0.5,0.8,0.9, got '"
                                + spec + "'");
                    }
                    sweepMethods = spec.substring(0, colon);
                    sweepSparsities = spec.substring(colon + 1);
                }
                case "--preset" -> {
                    preset = value(args, ++i, a).toLowerCase(java.util.Locale.ROOT);
                    if (!PRESETS.contains(preset)) {
                        throw new IllegalArgumentException("--preset must be one of " + PRESETS + ", got '" + args.get(i) + "'");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option '" + a + "' (options: --dataset, --task, "
                        + "--model, --method, --embedding-topk, --sparsity, --epochs, --run, --demo, --screenshot, --after-epochs, --theme, --zoom, "
                        + "--view, --pulse-log, --presenter, --preset, --sweep)");
            }
        }
        if (after > 0) run = true;
        return new AppOptions(dataset, task, model, method, sparsity, epochs, topk, run, shot, after, theme, zoom, demo,
                view, pulseLog, presenter, preset, sweepMethods, sweepSparsities);
    }

    private static String view(String id) {
        if (!VIEW_IDS.contains(id)) throw new IllegalArgumentException("--view must be one of " + VIEW_IDS + ", got '" + id + "'");
        return id;
    }

    /** Checked here so a typo is a one-line message and exit 2, not a failure while the window is built. */
    private static String theme(String name) {
        for (org.sparsegnn.app.theme.Theme t : org.sparsegnn.app.theme.Theme.values()) {
            if (t.name().equalsIgnoreCase(name)) return name;
        }
        throw new IllegalArgumentException("--theme must be one of "
                + java.util.Arrays.stream(org.sparsegnn.app.theme.Theme.values())
                        .map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).toList() + ", got '" + name + "'");
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) throw new IllegalArgumentException(option + " needs a value");
        return args.get(i);
    }

    private static Double number(String s, String option) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + s + "'");
        }
    }
}
