package org.sparsegnn.app.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.sparsegnn.app.run.RunRecord;
import org.sparsegnn.app.run.RunStore;
import org.sparsegnn.app.theme.SeriesStyle;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.PhaseChanged;
import org.sparsegnn.engine.train.TaskKind;

/**
 * Accuracy and loss vs epoch for every overlaid run (baseline first), phase bands and drop-and-grow update epochs
 * of the followed run, optional exponential smoothing. Points are appended without notification and flushed by
 * the view once per batch ({@link #pending()}).
 */
public final class MetricsViewModel {
    private final RunStore store;
    private final XYSeriesCollection accuracy = new XYSeriesCollection();
    private final XYSeriesCollection loss = new XYSeriesCollection();
    private final Map<Comparable<?>, SeriesStyle> styles = new LinkedHashMap<>();
    private final Map<String, List<XYSeries>> seriesByRun = new LinkedHashMap<>();
    private final SeriesBatch pending = new SeriesBatch();
    private final BooleanProperty showTrain = new SimpleBooleanProperty(true);
    private final BooleanProperty showVal = new SimpleBooleanProperty(true);
    private final BooleanProperty showTest = new SimpleBooleanProperty(true);
    /** EMA factor: 0 = raw values, 0.9 = heavy smoothing. */
    private final DoubleProperty smoothing = new SimpleDoubleProperty(0);
    /** Bumped after every change; the view redraws when it changes. */
    private final LongProperty revision = new SimpleLongProperty();
    private final List<PhaseBand> bands = new ArrayList<>();
    private final List<Integer> updateEpochs = new ArrayList<>();
    private final Map<String, Integer> runColours = new LinkedHashMap<>();

    public MetricsViewModel(RunStore store) {
        this.store = store;
        store.addListener(b -> {
            if (b.structureChanged()) rebuild();
            else append(b.touchedRuns());
            refreshMarkers();
            revision.set(revision.get() + 1);
        });
        showTrain.addListener((o, a, v) -> rebuildAndBump());
        showVal.addListener((o, a, v) -> rebuildAndBump());
        showTest.addListener((o, a, v) -> rebuildAndBump());
        smoothing.addListener((o, a, v) -> rebuildAndBump());
    }

    private void rebuildAndBump() {
        rebuild();
        revision.set(revision.get() + 1);
    }

    /** Colour index of a run: stable for the session, so a run keeps its colour in every chart. */
    public int colourOf(String runId) {
        return runColours.computeIfAbsent(runId, k -> runColours.size());
    }

    private void rebuild() {
        accuracy.removeAllSeries();
        loss.removeAllSeries();
        styles.clear();
        seriesByRun.clear();
        if (store.all().isEmpty()) runColours.clear(); // Reset: colours start again with the next session's runs
        for (RunRecord r : store.overlaid()) {
            boolean base = r.runId().equals(store.baseline());
            int c = colourOf(r.runId());
            String name = (base ? "[baseline] " : "") + r.label();
            List<XYSeries> list = new ArrayList<>();
            if (showTrain.get()) list.add(newSeries(accuracy, name + " train", new SeriesStyle(c, SeriesStyle.Kind.TRAIN, base)));
            if (showVal.get()) list.add(newSeries(accuracy, name + " val", new SeriesStyle(c, SeriesStyle.Kind.VAL, base)));
            if (showTest.get()) list.add(newSeries(accuracy, name + " test", new SeriesStyle(c, SeriesStyle.Kind.TEST, base)));
            if (showTest.get() && TaskKind.LINK.id().equals(r.setting("task"))) {
                list.add(newSeries(accuracy, name + " test ROC-AUC", new SeriesStyle(c, SeriesStyle.Kind.AUC, base)));
            }
            list.add(newSeries(loss, name + " loss", new SeriesStyle(c, SeriesStyle.Kind.LOSS, base)));
            seriesByRun.put(r.runId(), list);
        }
        append(seriesByRun.keySet());
    }

    private XYSeries newSeries(XYSeriesCollection into, String key, SeriesStyle style) {
        String unique = key;
        for (int i = 2; styles.containsKey(unique); i++) unique = key + " (" + i + ")";
        XYSeries s = new XYSeries(unique, true, false);
        styles.put(unique, style);
        into.addSeries(s);
        return s;
    }

    private void append(Set<String> runIds) {
        for (String id : runIds) {
            List<XYSeries> list = seriesByRun.get(id);
            RunRecord r = store.get(id);
            if (list == null || r == null) continue;
            for (XYSeries s : list) appendTo(s, r.epochs(), metricOf(styles.get(s.getKey()).kind()));
        }
    }

    private static ToDoubleFunction<EpochCompleted> metricOf(SeriesStyle.Kind k) {
        return switch (k) {
            case TRAIN -> EpochCompleted::trainAccuracy;
            case VAL -> EpochCompleted::valAccuracy;
            case TEST -> EpochCompleted::testAccuracy;
            case AUC -> e -> e.extra().getOrDefault("test_auc", Double.NaN);
            default -> EpochCompleted::loss;
        };
    }

    private void appendTo(XYSeries s, List<EpochCompleted> epochs, ToDoubleFunction<EpochCompleted> metric) {
        int have = s.getItemCount();
        if (have >= epochs.size()) return;
        double a = smoothing.get();
        double prev = have == 0 ? Double.NaN : s.getY(have - 1).doubleValue();
        for (int i = have; i < epochs.size(); i++) {
            double x = metric.applyAsDouble(epochs.get(i));
            if (Double.isNaN(x) || Double.isInfinite(x)) x = Double.NaN;
            double y = Double.isNaN(prev) || Double.isNaN(x) ? x : a * prev + (1 - a) * x;
            s.add(epochs.get(i).epoch(), y, false);
            prev = y;
        }
        pending.markDirty(s);
    }

    /**
     * Phase bands and update marks of the current run; when it has none of one kind, those of the pinned baseline
     * (the paper's Fig. 7: SLR's dense / re-weight / retrain bands under RigL's update marks).
     */
    private void refreshMarkers() {
        bands.clear();
        updateEpochs.clear();
        RunRecord current = store.current();
        RunRecord base = store.baseline() == null || !store.isOverlaid(store.baseline()) ? null : store.get(store.baseline());
        RunRecord phased = current != null && !current.phases().isEmpty() ? current : base;
        if (phased != null) addBands(phased);
        addUpdates(current);
        if (updateEpochs.isEmpty() && base != null && base != current) addUpdates(base);
    }

    private void addBands(RunRecord r) {
        String phase = r.epochs().isEmpty() ? null : r.epochs().get(0).phase();
        int from = 1;
        List<PhaseChanged> changes = r.phases();
        for (PhaseChanged p : changes) {
            if (phase == null) phase = p.fromPhase();
            if (p.epoch() > from) bands.add(new PhaseBand(phase, from, p.epoch() - 1));
            phase = p.toPhase();
            from = p.epoch();
        }
        int last = Math.max(r.lastEpoch(), from);
        if (phase != null && !changes.isEmpty()) bands.add(new PhaseBand(phase, from, last));
    }

    private void addUpdates(RunRecord r) {
        if (r == null) return;
        Set<Integer> ep = new LinkedHashSet<>();
        for (var t : r.timeline()) {
            if (r.updateInto(t.layer(), t.frame()) != null) ep.add(t.epoch());
        }
        updateEpochs.addAll(ep);
    }

    public XYSeriesCollection accuracy() { return accuracy; }
    public XYSeriesCollection loss() { return loss; }
    public SeriesStyle styleOf(Comparable<?> seriesKey) { return styles.get(seriesKey); }
    public SeriesBatch pending() { return pending; }
    public BooleanProperty showTrainProperty() { return showTrain; }
    public BooleanProperty showValProperty() { return showVal; }
    public BooleanProperty showTestProperty() { return showTest; }
    public DoubleProperty smoothingProperty() { return smoothing; }
    public LongProperty revisionProperty() { return revision; }
    /** Phase bands of the followed run (empty for single-phase runs). */
    public List<PhaseBand> bands() { return List.copyOf(bands); }
    /** Epochs in which the followed run updated a mask. */
    public List<Integer> updateEpochs() { return List.copyOf(updateEpochs); }

    private static String extra(EpochCompleted e, String key) {
        Double v = e.extra().get(key);
        return v == null ? "" : String.valueOf(v);
    }

    /** Rows for the CSV export: run, epoch, phase, loss, train, val, test (and AUC / AP of link runs). */
    public List<String[]> csvRows() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"run", "label", "epoch", "phase", "loss", "train_accuracy", "val_accuracy", "test_accuracy",
            "val_auc", "test_auc", "val_ap", "test_ap"});
        for (RunRecord r : store.overlaid()) {
            for (EpochCompleted e : r.epochs()) {
                rows.add(new String[] {r.runId(), r.label(), String.valueOf(e.epoch()), e.phase(), String.valueOf(e.loss()),
                        String.valueOf(e.trainAccuracy()), String.valueOf(e.valAccuracy()), String.valueOf(e.testAccuracy()),
                        extra(e, "val_auc"), extra(e, "test_auc"), extra(e, "val_ap"), extra(e, "test_ap")});
            }
        }
        return rows;
    }
}
