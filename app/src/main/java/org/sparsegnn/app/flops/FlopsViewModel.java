package org.sparsegnn.app.flops;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.sparsegnn.app.charts.SeriesBatch;
import org.sparsegnn.app.run.RunRecord;
import org.sparsegnn.app.run.RunStore;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.FlopsEntry;
import org.sparsegnn.engine.events.FlopsKind;
import org.sparsegnn.engine.events.FlopsOp;
import org.sparsegnn.engine.events.FlopsReported;
import org.sparsegnn.engine.events.LayerInfo;

/**
 * The cost view's data: what the followed run costs against dense training in FLOPs (as the engine counted them,
 * split per phase, layer and kind in the CSV, normalised to dense training of the same epochs as in the paper's
 * Table II; the paper's formula in the summary) and in measured time (against a dense run of the same settings,
 * {@link TimeYardstick}), side by side per phase and layer ({@link CostRatios}); cumulative counted FLOPs and the
 * measured time of every epoch for every overlaid run; the epochs where a layer switched kernels. Everything comes
 * from the run's events (the trainer's {@link FlopsReported} and EpochCompleted), so a run reopened from disk shows
 * the same view as a live one; nothing is counted or timed here.
 */
public final class FlopsViewModel {
    public static final String FLOPS_RATIO = "FLOPs ÷ dense training", TIME_RATIO = "time ÷ dense run";
    /** Epochs in the running median of the plotted epoch times (single epochs on a busy machine spike 10×). */
    static final int TIME_WINDOW = 5;
    public static final String COUNTED_SUFFIX = " (counted)", TIME_SUFFIX = " (ms per epoch, median of " + TIME_WINDOW + ")";
    public static final String COMBINATION = "forward: combination X·W", AGGREGATION = "forward: aggregation Â·(XW)",
            BACKWARD = "backward (2× forward)", GROWTH = "dense gradient for growth";

    private final RunStore store;
    private final XYSeriesCollection cumulative = new XYSeriesCollection();
    private final Map<String, XYSeries> cumulativeByRun = new LinkedHashMap<>();
    private final SeriesBatch pending = new SeriesBatch();
    private final StringProperty summary = new SimpleStringProperty("Press Run: the FLOPs of each epoch are added up here.");
    private final LongProperty revision = new SimpleLongProperty();
    private final Map<String, Double> cellValues = new LinkedHashMap<>();
    private final DefaultCategoryDataset ratios = new DefaultCategoryDataset();
    private final XYSeriesCollection epochTimes = new XYSeriesCollection();
    private final Map<String, XYSeries> epochTimesByRun = new LinkedHashMap<>();
    private final List<KernelSwitch> switches = new ArrayList<>();
    private final List<CostRatios.Bar> bars = new ArrayList<>();

    /** An epoch at which a layer of the followed run started to run other kernels, for a marker on the chart. */
    public record KernelSwitch(int epoch, String label) {
    }

    public FlopsViewModel(RunStore store) {
        this.store = store;
        store.addListener(b -> {
            if (b.structureChanged()) {
                cumulative.removeAllSeries();
                cumulativeByRun.clear();
                epochTimes.removeAllSeries();
                epochTimesByRun.clear();
            }
            refresh();
        });
    }

    private void refresh() {
        for (RunRecord r : store.overlaid()) {
            XYSeries s = cumulativeByRun.computeIfAbsent(r.runId(), id -> series(cumulative, r.label(), COUNTED_SUFFIX));
            List<EpochCompleted> ep = r.epochs();
            for (int i = s.getItemCount(); i < ep.size(); i++) {
                s.add(ep.get(i).epoch(), ep.get(i).cumulativeTrainingFlops() / 1e9, false);
            }
            pending.markDirty(s);
            XYSeries t = epochTimesByRun.computeIfAbsent(r.runId(), id -> series(epochTimes, r.label(), TIME_SUFFIX));
            for (int i = t.getItemCount(); i < ep.size(); i++) {
                t.add(ep.get(i).epoch(), CostRatios.median(ep.subList(Math.max(0, i + 1 - TIME_WINDOW), i + 1),
                        EpochCompleted::epochMillis), false);
            }
            pending.markDirty(t);
        }
        RunRecord cur = store.current();
        denseReference(cur);
        cellValues.clear();
        if (cur == null) {
            summary.set("Press Run: the FLOPs and the time of each epoch are added up here.");
        } else {
            computeBreakdown(cur);
        }
        costRatios(cur);
        kernelSwitches(cur);
        revision.set(revision.get() + 1);
    }

    /** A new series "label suffix" in {@code c} ("label #2 suffix", … when two runs share a label). */
    private static XYSeries series(XYSeriesCollection c, String label, String suffix) {
        String key = label + suffix;
        for (int i = 2; c.getSeriesIndex(key) >= 0; i++) key = label + " #" + i + suffix;
        XYSeries n = new XYSeries(key, true, false);
        c.addSeries(n);
        return n;
    }

    /** FLOPs and time ratios side by side; the time sentence of the summary. */
    private void costRatios(RunRecord cur) {
        ratios.clear();
        bars.clear();
        if (cur == null || cur.epochs().isEmpty()) return;
        RunRecord dense = TimeYardstick.find(cur, store);
        bars.addAll(CostRatios.of(cur, cur.flops(), dense));
        for (CostRatios.Bar b : bars) {
            if (!Double.isNaN(b.flops())) ratios.addValue(b.flops(), FLOPS_RATIO, b.category());
            if (!Double.isNaN(b.time())) ratios.addValue(b.time(), TIME_RATIO, b.category());
        }
        boolean firstRun = dense != null && store.all().iterator().next() == dense;
        summary.set(summary.get() + "\n" + timeSentence(cur, dense, firstRun));
    }

    /** The followed run's measured time per epoch, against the yardstick when there is one. */
    private static String timeSentence(RunRecord cur, RunRecord dense, boolean firstRun) {
        List<EpochCompleted> mine = CostRatios.warm(cur.epochs());
        double epoch = CostRatios.median(mine, EpochCompleted::epochMillis);
        StringBuilder kinds = new StringBuilder();
        for (String kind : EpochCompleted.TIME_KINDS) {
            double ms = CostRatios.median(mine, e -> e.millisByKind().getOrDefault(kind, Double.NaN));
            if (Double.isNaN(ms)) continue;
            kinds.append(kinds.length() == 0 ? "" : ", ").append(kind.replace('_', ' ')).append(' ').append(millis(ms));
            if (dense != null) {
                double d = CostRatios.median(CostRatios.warm(dense.epochs()), e -> e.millisByKind().getOrDefault(kind, Double.NaN));
                if (d > 0.01 * epoch) kinds.append(String.format(Locale.ROOT, " (%.2f×)", ms / d));
            }
        }
        String sparse = sparseLayers(cur);
        if (dense == null) {
            return String.format(Locale.ROOT, "Measured: median training epoch %s%s%s. To see time beside FLOPs as a "
                            + "ratio, train the same settings once with method dense: its epochs become the yardstick.",
                    millis(epoch), kinds.length() == 0 ? "" : " (" + kinds + ")", sparse);
        }
        double d = CostRatios.median(CostRatios.warm(dense.epochs()), EpochCompleted::epochMillis);
        return String.format(Locale.ROOT, "Measured: median training epoch %s, %.2f× the %s of %s (%s)%s%s.%s",
                millis(epoch), epoch / d, millis(d), dense.label(), dense.status() == RunRecord.Status.RUNNING
                        ? "still running" : "dense run", kinds.length() == 0 ? "" : "; " + kinds, sparse,
                firstRun ? " The dense run was the session's first: its times include compiling the code, so train "
                        + "it once more for a fair yardstick." : "");
    }

    private static String sparseLayers(RunRecord cur) {
        EpochCompleted last = cur.epochs().get(cur.epochs().size() - 1);
        if (last.kernelByLayer().isEmpty()) return "";
        List<String> sparse = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> k : last.kernelByLayer().entrySet()) {
            i++;
            if ("sparse".equals(k.getValue())) sparse.add(String.valueOf(i));
        }
        return sparse.isEmpty() ? "; every layer on dense kernels"
                : "; sparse kernels in layer" + (sparse.size() == 1 ? " " : "s ") + String.join(", ", sparse);
    }

    private static String millis(double ms) {
        return ms < 10 ? String.format(Locale.ROOT, "%.2f ms", ms) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    /** Epochs of the followed run at which some layer ran other kernels than in the epoch before. */
    private void kernelSwitches(RunRecord cur) {
        switches.clear();
        if (cur == null) return;
        List<EpochCompleted> ep = cur.epochs();
        List<String> order = new ArrayList<>(ep.isEmpty() ? List.of() : ep.get(0).kernelByLayer().keySet());
        for (int i = 1; i < ep.size(); i++) {
            List<String> changed = new ArrayList<>();
            for (Map.Entry<String, String> k : ep.get(i).kernelByLayer().entrySet()) {
                String was = ep.get(i - 1).kernelByLayer().get(k.getKey());
                if (was != null && !was.equals(k.getValue())) {
                    changed.add("layer " + (order.indexOf(k.getKey()) + 1) + " → " + k.getValue());
                }
            }
            if (!changed.isEmpty()) switches.add(new KernelSwitch(ep.get(i).epoch(), String.join(", ", changed)));
        }
    }

    /** Cumulative FLOPs dense training of the followed run would have spent: the yardstick line. */
    private void denseReference(RunRecord cur) {
        FlopsReported f = cur == null ? null : cur.flops();
        if (f == null) return;
        String key = "dense training of " + cur.label() + " (theory) " + cur.runId();
        if (!cumulativeByRun.containsKey(key)) {
            for (XYSeries old : cumulativeByRun.values()) if (old.getKey().toString().startsWith("dense training")) cumulative.removeSeries(old);
            cumulativeByRun.values().removeIf(x -> x.getKey().toString().startsWith("dense training"));
        }
        addReference(key, "dense training, same epochs (theory)", f.denseEpoch(), cur);
        if (f.sparseEmbeddings()) {
            // the yardstick of sparse embeddings: the same dense model on dense embeddings (first layer's input full)
            addReference(key + " dense embeddings", "dense training on dense embeddings (theory)", f.denseInputsEpoch(), cur);
        }
    }

    private void addReference(String key, String label, double perEpoch, RunRecord cur) {
        XYSeries s = cumulativeByRun.get(key);
        if (s == null) {
            s = new XYSeries(label, true, false);
            cumulativeByRun.put(key, s);
            cumulative.addSeries(s);
        }
        for (int e = s.getItemCount() + 1; e <= cur.lastEpoch(); e++) s.add(e, perEpoch * e / 1e9, false);
        pending.markDirty(s);
    }

    /**
     * The engine's FLOPs breakdown of the run (counted per layer × phase × kind × stage, for the CSV export),
     * normalised to dense training of all its epochs; the paper's §III-C formula beside it; for sparse (top-k)
     * embeddings, how far they cut FLOPs against dense embeddings.
     */
    private void computeBreakdown(RunRecord run) {
        FlopsReported f = run.flops();
        if (f == null) {
            summary.set(run.epochs().isEmpty() ? "Waiting for the first epoch of " + run.label() + "…"
                    : "No FLOPs were recorded with " + run.label() + " (saved by an older version of the workbench).");
            return;
        }
        int epochs = run.start().totalEpochs();
        double dense = f.denseEpoch() * epochs;
        Map<String, Integer> layerNo = new HashMap<>();
        for (LayerInfo l : run.start().layers()) layerNo.putIfAbsent(l.name(), layerNo.size() + 1);
        for (FlopsEntry e : f.counted()) {
            String column = e.phase() + " · layer " + layerNo.computeIfAbsent(e.layer(), k -> layerNo.size() + 1);
            add(kindLabel(e), column, e.flops() / dense);
        }
        double total = f.total();
        // "drop-and-grow included" only where the engine counted a growth step (SLR and other prune methods have none)
        boolean grows = f.counted().stream().anyMatch(e -> e.kind() == FlopsKind.GROWTH_GRADIENT);
        String text = String.format(Locale.ROOT, "%s, %d of %d epochs: counted by the engine %.3f× dense training "
                        + "(%s%s); the paper's formula %.3f×; dense training of all epochs = %s",
                run.label(), f.epoch(), epochs, total / dense, flops(total), grows ? ", drop-and-grow included" : "",
                f.paper() / (f.densePaperEpoch() * epochs), flops(dense));
        if (f.sparseEmbeddings() && f.inputDensity() < 1) {
            text += String.format(Locale.ROOT, ". Sparse embeddings (%.2f %% of first-layer inputs nonzero), by the "
                            + "paper's formula: dense weights on them cost %.3f× of dense embeddings; this run %.4f×, "
                            + "i.e. %.1f× fewer FLOPs than dense weights on dense embeddings",
                    100 * f.inputDensity(), f.densePaperEpoch() / f.denseInputsPaperEpoch(),
                    f.paper() / (f.denseInputsPaperEpoch() * f.epoch()), f.denseInputsPaperEpoch() * f.epoch() / f.paper());
        }
        summary.set(text);
    }

    /** FLOPs with a unit that keeps small runs readable (MFLOPs below 0.1 GFLOPs). */
    static String flops(double f) {
        return f < 1e8 ? String.format(Locale.ROOT, "%.2f MFLOPs", f / 1e6) : String.format(Locale.ROOT, "%.2f GFLOPs", f / 1e9);
    }

    private static String kindLabel(FlopsEntry e) {
        return switch (e.kind()) {
            case FORWARD -> e.op() == FlopsOp.AGGREGATION ? AGGREGATION : COMBINATION;
            case BACKWARD -> BACKWARD;
            case GROWTH_GRADIENT -> GROWTH;
        };
    }

    private void add(String kind, String column, double v) {
        if (v == 0 && (GROWTH.equals(kind) || AGGREGATION.equals(kind))) return;
        cellValues.merge(kind + "\u0000" + column, v, Double::sum);
    }

    /** FLOPs and time ratios to dense training, side by side per phase · layer and phase · epoch. */
    public DefaultCategoryDataset ratios() { return ratios; }
    /** Measured training time per epoch of every overlaid run (running medians). */
    public XYSeriesCollection epochTimes() { return epochTimes; }
    public List<KernelSwitch> kernelSwitches() { return List.copyOf(switches); }
    public XYSeriesCollection cumulative() { return cumulative; }
    public SeriesBatch pending() { return pending; }
    public StringProperty summaryProperty() { return summary; }
    public LongProperty revisionProperty() { return revision; }

    public List<String[]> csvRows() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"kind", "phase_layer", "fraction_of_dense_training"});
        for (Map.Entry<String, Double> c : cellValues.entrySet()) {
            String[] k = c.getKey().split("\u0000");
            rows.add(new String[] {k[0], k[1], String.valueOf(c.getValue())});
        }
        rows.add(new String[] {"phase_layer", "flops_ratio_to_dense_training", "time_ratio_to_dense_run"});
        for (CostRatios.Bar b : bars) {
            rows.add(new String[] {b.category().replace('\n', ' '), String.valueOf(b.flops()), String.valueOf(b.time())});
        }
        rows.add(new String[] {"run", "epoch", "cumulative_counted_gflops", "epoch_ms"});
        for (RunRecord r : store.overlaid()) {
            for (EpochCompleted e : r.epochs()) {
                rows.add(new String[] {r.label(), String.valueOf(e.epoch()), String.valueOf(e.cumulativeTrainingFlops() / 1e9),
                        String.valueOf(e.epochMillis())});
            }
        }
        return rows;
    }
}
