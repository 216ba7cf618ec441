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
import org.sparsegnn.app.run.LayerMaskHistory;
import org.sparsegnn.app.run.RunRecord;
import org.sparsegnn.app.run.RunStore;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.flops.FlopsModel;
import org.sparsegnn.engine.flops.LayerWorkload;

/**
 * Training FLOPs of the followed run, split per phase, layer and kind (forward combination X·W, forward
 * aggregation Â·(XW), backward = 2× forward, the dense weight gradient a growth step needs), normalised to dense
 * training of the same run as in the paper's Table II; the engine's counted total beside this theory; cumulative
 * counted FLOPs vs epoch for every overlaid run.
 */
public final class FlopsViewModel {
    public static final String COMBINATION = "forward: combination X·W", AGGREGATION = "forward: aggregation Â·(XW)",
            BACKWARD = "backward (2× forward)", GROWTH = "dense gradient for growth";

    private final RunStore store;
    private final Function<String, List<LayerWorkload>> workloads;
    private final DefaultCategoryDataset breakdown = new DefaultCategoryDataset();
    private final XYSeriesCollection cumulative = new XYSeriesCollection();
    private final Map<String, XYSeries> cumulativeByRun = new LinkedHashMap<>();
    private final SeriesBatch pending = new SeriesBatch();
    private final StringProperty summary = new SimpleStringProperty("Press Run: the FLOPs of each epoch are added up here.");
    private final LongProperty revision = new SimpleLongProperty();
    private final Map<String, Double> cellValues = new LinkedHashMap<>();

    public FlopsViewModel(RunStore store, Function<String, List<LayerWorkload>> workloads) {
        this.store = store;
        this.workloads = workloads;
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
        double perEpoch = 0;
        for (LayerWorkload l : w) perEpoch += 3 * FlopsModel.forwardFlops(l, 1.0);
        String key = "dense training of " + cur.label() + " (theory) " + cur.runId();
        XYSeries s = cumulativeByRun.get(key);
        if (s == null) {
            for (XYSeries old : cumulativeByRun.values()) if (old.getKey().toString().startsWith("dense training")) cumulative.removeSeries(old);
            cumulativeByRun.values().removeIf(x -> x.getKey().toString().startsWith("dense training"));
            s = new XYSeries("dense training, same epochs (theory)", true, false);
            cumulativeByRun.put(key, s);
            cumulative.addSeries(s);
        }
        for (int e = s.getItemCount() + 1; e <= cur.lastEpoch(); e++) s.add(e, perEpoch * e / 1e9, false);
        pending.markDirty(s);
    }

    private void computeBreakdown(RunRecord run, List<LayerWorkload> w) {
        if (w.isEmpty() || run.epochs().isEmpty()) {
            summary.set("Waiting for the first epoch of " + run.label() + "…");
            return;
        }
        double densePerEpoch = 0;
        for (LayerWorkload l : w) densePerEpoch += 3 * FlopsModel.forwardFlops(l, 1.0);
        double dense = densePerEpoch * run.start().totalEpochs();
        Map<String, Integer> updatesPerLayerEpoch = new HashMap<>();
        for (RunRecord.TimelineEntry t : run.timeline()) {
            LayerMaskHistory h = run.masks().get(t.layer());
            if (h != null && h.frame(t.frame()).isUpdate()) updatesPerLayerEpoch.merge(t.layer() + "@" + t.epoch(), 1, Integer::sum);
        }
        double theory = 0;
        for (EpochCompleted e : run.epochs()) {
            int layerNo = 0;
            for (LayerWorkload l : w) {
                layerNo++;
                double d = 1.0 - e.layerSparsity().getOrDefault(l.weightName(), 0.0);
                LayerWorkload noAgg = new LayerWorkload(l.weightName(), l.fanIn(), l.fanOut(), l.rowsPerEpoch(), l.inputDensity(), 0);
                double comb = FlopsModel.forwardFlops(noAgg, d);
                double agg = FlopsModel.forwardFlops(l, d) - comb;
                int updates = updatesPerLayerEpoch.getOrDefault(l.weightName() + "@" + e.epoch(), 0);
                double growth = updates * (FlopsModel.forwardFlops(noAgg, 1.0) - comb);
                String column = e.phase() + " · layer " + layerNo;
                add(COMBINATION, column, comb / dense);
                add(AGGREGATION, column, agg / dense);
                add(BACKWARD, column, 2 * (comb + agg) / dense);
                add(GROWTH, column, growth / dense);
                theory += 3 * (comb + agg) + growth;
            }
        }
        for (Map.Entry<String, Double> c : cellValues.entrySet()) {
            String[] k = c.getKey().split("\u0000");
            breakdown.addValue(c.getValue(), k[0], k[1]);
        }
        double counted = run.epochs().get(run.epochs().size() - 1).cumulativeTrainingFlops();
        int done = run.lastEpoch(), total = run.start().totalEpochs();
        summary.set(String.format(Locale.ROOT, "%s, %d of %d epochs: theory %.3f× dense training (%.2f GFLOPs), "
                        + "counted by the engine %.3f× (%.2f GFLOPs); dense training of all epochs = %.2f GFLOPs",
                run.label(), done, total, theory / dense, theory / 1e9, counted / dense, counted / 1e9, dense / 1e9));
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
