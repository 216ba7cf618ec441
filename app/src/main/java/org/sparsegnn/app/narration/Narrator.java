package org.sparsegnn.app.narration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sparsegnn.app.run.RunRecord;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.LayerInfo;
import org.sparsegnn.engine.events.MaskInitialized;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.PhaseChanged;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.RunStarted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.train.TaskKind;

/**
 * Explains training events in plain words for students and talk audiences. Pure: the same event and run give the
 * same sentence. Epochs are narrated when something notable happens (first epoch, new best validation accuracy,
 * every tenth epoch) so the panel is not a wall of numbers.
 */
public final class Narrator {
    /** How each method picks what to drop and what to grow, by MaskUpdated.reason. */
    private static final Map<String, String[]> RULES = Map.of(
            "rigl", new String[] {"smallest-magnitude", "with the largest gradient"},
            "set", new String[] {"smallest-magnitude", "at random"},
            "itop", new String[] {"smallest-magnitude", "at random, favouring weights never tried"},
            "dst-ee", new String[] {"smallest-magnitude", "by gradient plus an exploration bonus"},
            "snip", new String[] {"least-salient", ""},
            "gmp", new String[] {"smallest-magnitude", ""},
            "prune", new String[] {"smallest-magnitude", ""},
            "magnitude", new String[] {"smallest-magnitude", ""},
            "slr", new String[] {"smallest-magnitude", ""},
            "admm", new String[] {"smallest-magnitude", ""});

    private Narrator() {
    }

    /**
     * The sentence for one event of {@code run} (already applied to it), or null when it is not worth saying.
     *
     * @param bestValBefore best validation accuracy of the run's earlier epochs (NaN for none)
     */
    public static String describe(TrainingEvent event, RunRecord run, double bestValBefore) {
        if (event instanceof RunStarted s) return started(s);
        if (event instanceof EpochCompleted e) return epoch(e, bestValBefore);
        if (event instanceof MaskInitialized m) return initialized(m, run);
        if (event instanceof MaskUpdated u) return updated(u, run);
        if (event instanceof PhaseChanged p) {
            return String.format(Locale.ROOT, "Epoch %d: phase changes from %s to %s. %s", p.epoch(), p.fromPhase(),
                    p.toPhase(), p.description() == null ? "" : p.description()).trim();
        }
        if (event instanceof RunFinished f) return finished(f, run);
        if (event instanceof RunFailed f && f.diverged()) {
            return "The run was stopped because it diverged (" + f.message() + "). Lower the learning rate in the "
                    + "settings and run again.";
        }
        if (event instanceof RunFailed f && f.kind() == RunFailed.Kind.INTERRUPTED) {
            return "This run's record is incomplete: " + f.message() + ".";
        }
        if (event instanceof RunFailed f) return "The run stopped with an error at epoch " + f.epoch() + ": " + f.message();
        return null;
    }

    private static String started(RunStarted s) {
        long weights = s.layers().stream().mapToLong(LayerInfo::size).sum();
        long prunable = s.layers().stream().filter(LayerInfo::prunable).count();
        Map<String, String> st = s.settings();
        String method = st.getOrDefault("method", "dense");
        String task = TaskKind.LINK.id().equals(st.get("task"))
                ? " to predict links (is there an edge between two nodes? from their random-walk embeddings)" : "";
        return String.format(Locale.ROOT,
                "Training a %s on %s%s with %s for %d epochs on the %s: %,d weights in %d layers, %d of them prunable.",
                st.getOrDefault("model", "model").toUpperCase(Locale.ROOT), st.getOrDefault("dataset", "the graph"), task,
                "dense".equals(method) ? "no sparsification (dense baseline)" : method + " at "
                        + percent(parse(st.get("sparsity"))) + " target sparsity",
                s.totalEpochs(), s.backend(), weights, s.layers().size(), prunable);
    }

    private static String epoch(EpochCompleted e, double bestValBefore) {
        boolean newBest = Double.isNaN(bestValBefore) || e.valAccuracy() > bestValBefore;
        boolean first = e.epoch() == 1;
        if (!first && !newBest && e.epoch() % 10 != 0) return null;
        // a diverging loss reaches 1e18 and more: significant digits there, not nineteen of them
        String loss = String.format(Locale.ROOT, Math.abs(e.loss()) < 1e4 ? "%.3f" : "%.3g", e.loss());
        String s = String.format(Locale.ROOT, "Epoch %d (%s): loss %s, train accuracy %s, validation accuracy %s",
                e.epoch(), e.phase(), loss, percent(e.trainAccuracy()), percent(e.valAccuracy()));
        return s + (newBest && !first ? " (best so far)." : ".");
    }

    private static String initialized(MaskInitialized m, RunRecord run) {
        long size = (long) m.rows() * m.cols();
        return String.format(Locale.ROOT, "Layer %d (%s, %d×%d): mask set with %,d of %,d weights active, "
                        + "sparsity %s.", layerNumber(m.layer(), run), m.layer(), m.rows(), m.cols(), m.nnz(), size,
                percent(1.0 - (double) m.nnz() / size));
    }

    private static String updated(MaskUpdated u, RunRecord run) {
        String[] rule = RULES.getOrDefault(u.reason(), new String[] {"", ""});
        List<String> parts = new ArrayList<>();
        int dropped = u.dropped().length, grown = u.grown().length, regrown = u.regrown().length;
        String dropWord = rule[1].isEmpty() && grown == 0 ? "pruned" : "dropped";
        if (dropped == 0 && grown == 0) {
            parts.add("no weight changed (the drop fraction rounds to zero weights here)");
        } else {
            parts.add(String.format(Locale.ROOT, "%s %,d %s%s", dropWord, dropped,
                    rule[0].isEmpty() ? "" : rule[0] + " ", dropped == 1 ? "weight" : "weights"));
        }
        if (grown > 0) {
            parts.add(String.format(Locale.ROOT, "grew %,d%s", grown, rule[1].isEmpty() ? "" : " " + rule[1]));
        }
        String s = String.format(Locale.ROOT, "Update %d of layer %d (%s, epoch %d): %s", u.updateIndex() + 1,
                layerNumber(u.layer(), run), u.reason(), u.epoch(), String.join(", ", parts));
        if (regrown > 0) {
            s += String.format(Locale.ROOT, "; %,d %s dropped and grown back", regrown, regrown == 1 ? "was" : "were");
        }
        var l = run.maskLayers().get(u.layer());
        if (l != null) s += String.format(Locale.ROOT, ". Sparsity now %s.", percent(1.0 - (double) u.nnz() / ((long) l.rows() * l.cols())));
        return s;
    }

    /**
     * What the layers multiply with in the run's first epoch, when any layer runs the sparse kernels (a dense run
     * has nothing to say here); null otherwise.
     */
    public static String kernelsAtStart(EpochCompleted first, RunRecord run) {
        if (!first.kernelByLayer().containsValue("sparse")) return null;
        List<String> sparse = new ArrayList<>(), dense = new ArrayList<>();
        for (Map.Entry<String, String> k : first.kernelByLayer().entrySet()) {
            ("sparse".equals(k.getValue()) ? sparse : dense).add(String.valueOf(layerNumber(k.getKey(), run)));
        }
        String s = "Epoch 1: " + layers(sparse) + " multipl" + (sparse.size() == 1 ? "ies" : "y")
                + " only the active weights (sparse kernels)";
        if (!dense.isEmpty()) s += "; " + layers(dense) + " every weight (dense kernels)";
        return s + ".";
    }

    /**
     * A layer's kernels changed since the epoch before (e.g. gradual pruning thinned it below the crossover),
     * one sentence per layer that switched; null when none did.
     */
    public static String kernelSwitch(EpochCompleted e, EpochCompleted before, RunRecord run) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> k : e.kernelByLayer().entrySet()) {
            String was = before.kernelByLayer().get(k.getKey());
            if (was == null || was.equals(k.getValue())) continue;
            Double sparsity = e.layerSparsity().get(k.getKey());
            parts.add(String.format(Locale.ROOT, "layer %d (%s) switched from the %s to the %s kernels%s",
                    layerNumber(k.getKey(), run), k.getKey(), was, k.getValue(),
                    sparsity == null ? "" : " with " + percent(1 - sparsity) + " of its weights active"));
        }
        if (parts.isEmpty()) return null;
        return String.format(Locale.ROOT, "Epoch %d: %s.", e.epoch(), String.join("; ", parts));
    }

    /**
     * What a kernel switch at epoch {@code switchEpoch} did to the training time of an epoch: medians of up to
     * {@code window} epochs before it and of the epochs after it so far; null without epochs on both sides.
     */
    public static String switchEffect(int switchEpoch, boolean toSparse, List<EpochCompleted> epochs, int window) {
        double[] before = epochs.stream().filter(x -> x.epoch() < switchEpoch && x.epoch() >= switchEpoch - window)
                .mapToDouble(EpochCompleted::epochMillis).sorted().toArray();
        double[] after = epochs.stream().filter(x -> x.epoch() > switchEpoch && x.epoch() <= switchEpoch + window)
                .mapToDouble(EpochCompleted::epochMillis).sorted().toArray();
        if (before.length == 0 || after.length == 0) return null;
        double b = before[before.length / 2], a = after[after.length / 2];
        return String.format(Locale.ROOT, "The kernel switch at epoch %d took the training epoch from %s to %s "
                        + "(%.2f×; medians of the %d epochs before and the %d after)", switchEpoch, millis(b), millis(a),
                a / b, before.length, after.length)
                + (!toSparse ? "." : a < b ? ": fewer FLOPs now also take less time." : ": here the sparse kernels did not save time.");
    }

    private static String layers(List<String> numbers) {
        if (numbers.size() == 1) return "layer " + numbers.get(0);
        return "layers " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
    }

    private static String millis(double ms) {
        return ms < 10 ? String.format(Locale.ROOT, "%.2f ms", ms) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    private static String finished(RunFinished f, RunRecord run) {
        Map<String, Double> m = f.metrics();
        StringBuilder b = new StringBuilder(f.cancelled() ? "Run stopped by the user" : "Run finished");
        b.append(String.format(Locale.ROOT, " after %.1f s. Best validation accuracy at epoch %d", f.wallSeconds(),
                f.bestEpoch()));
        if (m.containsKey("test_accuracy")) b.append(", test accuracy there ").append(percent(m.get("test_accuracy")));
        if (m.containsKey("test_auc") && m.containsKey("test_ap")) {
            b.append(String.format(Locale.ROOT, " (ROC-AUC %.3f, average precision %.3f)", m.get("test_auc"), m.get("test_ap")));
        }
        if (m.containsKey("flops_ratio")) {
            b.append(String.format(Locale.ROOT, "; training cost %.2f× the FLOPs of dense training", m.get("flops_ratio")));
        }
        return b.append('.').toString();
    }

    private static int layerNumber(String layer, RunRecord run) {
        int i = 1;
        for (String name : run.maskLayers().keySet()) {
            if (name.equals(layer)) return i;
            i++;
        }
        return i;
    }

    static String percent(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * x);
    }

    private static double parse(String s) {
        try {
            return s == null ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
