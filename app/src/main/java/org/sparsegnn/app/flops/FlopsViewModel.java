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
 * Training FLOPs of the followed run, split per phase, layer and kind (forward combination X·W, forward
 * aggregation Â·(XW), backward = 2× forward, the dense weight gradient a growth step needs) as the engine counted
 * them, normalised to dense training of the same run as in the paper's Table II; the paper's formula beside it;
 * cumulative counted FLOPs vs epoch for every overlaid run. Everything comes from the run's events (the trainer's
 * {@link FlopsReported}), so a run reopened from disk shows the same view as a live one; nothing is counted here.
 */
public final class FlopsViewModel {
    public static final String COMBINATION = "forward: combination X·W", AGGREGATION = "forward: aggregation Â·(XW)",
            BACKWARD = "backward (2× forward)", GROWTH = "dense gradient for growth";

    private final RunStore store;
    private final DefaultCategoryDataset breakdown = new DefaultCategoryDataset();
    private final XYSeriesCollection cumulative = new XYSeriesCollection();
    private final Map<String, XYSeries> cumulativeByRun = new LinkedHashMap<>();
    private final SeriesBatch pending = new SeriesBatch();
    private final StringProperty summary = new SimpleStringProperty("Press Run: the FLOPs of each epoch are added up here.");
    private final LongProperty revision = new SimpleLongProperty();
    private final Map<String, Double> cellValues = new LinkedHashMap<>();

    public FlopsViewModel(RunStore store) {
        this.store = store;
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
            computeBreakdown(cur);
        }
        revision.set(revision.get() + 1);
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
     * Stacked bars from the engine's FLOPs breakdown of the run (counted per layer × phase × kind × stage),
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
        for (Map.Entry<String, Double> c : cellValues.entrySet()) {
            String[] k = c.getKey().split("\u0000");
            breakdown.addValue(c.getValue(), k[0], k[1]);
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
