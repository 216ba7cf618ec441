package org.sparsegnn.app.flops;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
import org.sparsegnn.engine.flops.FlopsBreakdown;
import org.sparsegnn.engine.flops.FlopsEntry;
import org.sparsegnn.engine.flops.FlopsKind;
import org.sparsegnn.engine.flops.FlopsModel;
import org.sparsegnn.engine.flops.FlopsOp;
import org.sparsegnn.engine.flops.LayerWorkload;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * Training FLOPs of the followed run, split per phase, layer and kind (forward combination X·W, forward
 * aggregation Â·(XW), backward = 2× forward, the dense weight gradient a growth step needs) as the engine counted
 * them, normalised to dense training of the same run as in the paper's Table II; the paper's formula beside it;
 * cumulative counted FLOPs vs epoch for every overlaid run.
 */
public final class FlopsViewModel {
    public static final String COMBINATION = "forward: combination X·W", AGGREGATION = "forward: aggregation Â·(XW)",
            BACKWARD = "backward (2× forward)", GROWTH = "dense gradient for growth";

    private final RunStore store;
    private final Function<String, List<LayerWorkload>> workloads;
    private final Function<String, FlopsBreakdown> breakdowns;
    private final Function<String, TrainingConfig> configs;
    private final DefaultCategoryDataset breakdown = new DefaultCategoryDataset();
    private final XYSeriesCollection cumulative = new XYSeriesCollection();
    private final Map<String, XYSeries> cumulativeByRun = new LinkedHashMap<>();
    private final SeriesBatch pending = new SeriesBatch();
    private final Map<String, double[]> paperSums = new HashMap<>();
    private final StringProperty summary = new SimpleStringProperty("Press Run: the FLOPs of each epoch are added up here.");
    private final LongProperty revision = new SimpleLongProperty();
    private final Map<String, Double> cellValues = new LinkedHashMap<>();

    /**
     * @param workloads  what each weight layer of a run computes per epoch (empty for replayed runs)
     * @param breakdowns the engine's counted FLOPs of a run per layer × phase × kind (null for replayed runs)
     * @param configs    a run's configuration (null for replayed runs): tells sparse embeddings from sparse features
     */
    public FlopsViewModel(RunStore store, Function<String, List<LayerWorkload>> workloads,
                          Function<String, FlopsBreakdown> breakdowns, Function<String, TrainingConfig> configs) {
        this.store = store;
        this.workloads = workloads;
        this.breakdowns = breakdowns;
        this.configs = configs;
        store.addListener(b -> {
            if (b.structureChanged()) {
                cumulative.removeAllSeries();
                cumulativeByRun.clear();
            }
            refresh();
        });
    }

    private void refresh() {
        for (RunRecord r : store.overlaid()) {
            XYSeries s = cumulativeByRun.computeIfAbsent(r.runId(), id -> {
                String key = r.label() + " (counted)";
                for (int i = 2; cumulative.getSeriesIndex(key) >= 0; i++) key = r.label() + " #" + i + " (counted)";
                XYSeries n = new XYSeries(key, true, false);
                cumulative.addSeries(n);
                return n;
            });
            List<EpochCompleted> ep = r.epochs();
            for (int i = s.getItemCount(); i < ep.size(); i++) {
                s.add(ep.get(i).epoch(), ep.get(i).cumulativeTrainingFlops() / 1e9, false);
            }
            pending.markDirty(s);
        }
        RunRecord cur = store.current();
        denseReference(cur);
        breakdown.clear();
        cellValues.clear();
        if (cur == null) {
            summary.set("Press Run: the FLOPs of each epoch are added up here.");
        } else {
            List<LayerWorkload> w = workloads.apply(cur.runId());
            computeBreakdown(cur, w);
        }
        revision.set(revision.get() + 1);
    }

    /** Cumulative FLOPs dense training of the followed run would have spent: the yardstick line. */
    private void denseReference(RunRecord cur) {
        if (cur == null) return;
        List<LayerWorkload> w = workloads.apply(cur.runId());
        if (w.isEmpty()) return;
        String key = "dense training of " + cur.label() + " (theory) " + cur.runId();
        if (!cumulativeByRun.containsKey(key)) {
            for (XYSeries old : cumulativeByRun.values()) if (old.getKey().toString().startsWith("dense training")) cumulative.removeSeries(old);
            cumulativeByRun.values().removeIf(x -> x.getKey().toString().startsWith("dense training"));
        }
        addReference(key, "dense training, same epochs (theory)", FlopsModel.epochTrainingFlops(w, Map.of()), cur);
        TrainingConfig config = configs.apply(cur.runId());
        if (config != null && config.embedding().sparse()) {
            // the yardstick of sparse embeddings: the same dense model on dense embeddings (first layer's input full)
            List<LayerWorkload> denseInputs = new ArrayList<>(w);
            LayerWorkload first = w.get(0);
            denseInputs.set(0, new LayerWorkload(first.weightName(), first.fanIn(), first.fanOut(), first.rowsPerEpoch(),
                    1.0, first.aggregationNnz()));
            addReference(key + " dense embeddings", "dense training on dense embeddings (theory)",
                    FlopsModel.epochTrainingFlops(denseInputs, Map.of()), cur);
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
     * Stacked bars from the engine's own FLOPs breakdown of the run (counted per layer × phase × kind × stage),
     * normalised to dense training; the paper's §III-C formula (engine's {@link FlopsModel#paperForwardFlops})
     * for the masks of each epoch beside it; for sparse (top-k) embeddings, how far they cut FLOPs against dense
     * embeddings.
     */
    private void computeBreakdown(RunRecord run, List<LayerWorkload> w) {
        FlopsBreakdown counted = breakdowns.apply(run.runId());
        if (w.isEmpty() || run.epochs().isEmpty() || counted == null) {
            summary.set(w.isEmpty() && !run.epochs().isEmpty()
                    ? "The FLOPs breakdown is kept for runs trained in this session; " + run.label() + " was replayed."
                    : "Waiting for the first epoch of " + run.label() + "…");
            return;
        }
        double dense = FlopsModel.epochTrainingFlops(w, Map.of()) * run.start().totalEpochs();
        Map<String, Integer> layerNo = new HashMap<>();
        for (LayerWorkload l : w) layerNo.put(l.weightName(), layerNo.size() + 1);
        for (FlopsEntry e : counted.entries()) {
            String column = e.phase() + " · layer " + layerNo.getOrDefault(e.layer(), 0);
            add(kindLabel(e), column, e.flops() / dense);
        }
        for (Map.Entry<String, Double> c : cellValues.entrySet()) {
            String[] k = c.getKey().split("\u0000");
            breakdown.addValue(c.getValue(), k[0], k[1]);
        }
        double pe = 1.0 - w.get(0).inputDensity();
        double paperDenseEpoch = FlopsModel.paperForwardFlops(w, new double[w.size()], pe);
        // a running sum per run: summing every epoch again on each batch made a long run's batches ever slower
        double[] sum = paperSums.computeIfAbsent(run.runId(), k -> new double[2]); // {epochs summed, FLOPs}
        List<EpochCompleted> epochsSoFar = run.epochs();
        for (int i = (int) sum[0]; i < epochsSoFar.size(); i++) {
            EpochCompleted e = epochsSoFar.get(i);
            double[] p = new double[w.size()];
            for (int l = 0; l < p.length; l++) p[l] = e.layerSparsity().getOrDefault(w.get(l).weightName(), 0.0);
            sum[1] += FlopsModel.paperForwardFlops(w, p, pe);
        }
        sum[0] = epochsSoFar.size();
        double paper = sum[1];
        double total = counted.total();
        int done = run.lastEpoch(), epochs = run.start().totalEpochs();
        // "drop-and-grow included" only where the engine counted a growth step (SLR and other prune methods have none)
        boolean grows = counted.entries().stream().anyMatch(e -> e.kind() == FlopsKind.GROWTH_GRADIENT);
        String text = String.format(Locale.ROOT, "%s, %d of %d epochs: counted by the engine %.3f× dense training "
                        + "(%s%s); the paper's formula %.3f×; dense training of all epochs = %s",
                run.label(), done, epochs, total / dense, flops(total), grows ? ", drop-and-grow included" : "",
                paper / (paperDenseEpoch * epochs), flops(dense));
        TrainingConfig config = configs.apply(run.runId());
        if (pe > 0 && config != null && config.embedding().sparse()) {
            double denseEmbeddingEpoch = FlopsModel.paperForwardFlops(w, new double[w.size()], 0);
            text += String.format(Locale.ROOT, ". Sparse embeddings (%.2f %% of first-layer inputs nonzero), by the "
                            + "paper's formula: dense weights on them cost %.3f× of dense embeddings; this run %.4f×, "
                            + "i.e. %.1f× fewer FLOPs than dense weights on dense embeddings",
                    100 * w.get(0).inputDensity(), paperDenseEpoch / denseEmbeddingEpoch,
                    paper / (denseEmbeddingEpoch * done), denseEmbeddingEpoch * done / paper);
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

    public DefaultCategoryDataset breakdown() { return breakdown; }
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
        rows.add(new String[] {"run", "epoch", "cumulative_counted_gflops"});
        for (RunRecord r : store.overlaid()) {
            for (EpochCompleted e : r.epochs()) {
                rows.add(new String[] {r.label(), String.valueOf(e.epoch()), String.valueOf(e.cumulativeTrainingFlops() / 1e9)});
            }
        }
        return rows;
    }
}
