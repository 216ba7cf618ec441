package org.sparsegnn.engine.repro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sparsegnn.engine.report.SweepRun;
import org.sparsegnn.engine.train.TaskKind;
import org.sparsegnn.engine.train.TrainingConfig;

/**
 * Which trials reproduce which figure: panels (one chart each: a dataset and its lines), the paper's ten
 * sparsities, and seeds. Fig. 7 and Table II reuse Fig. 5's trials at sparsity 0.906, so planning several figures
 * never trains the same configuration twice ({@link #trials()} is de-duplicated by {@link Trial#key()}).
 */
public final class ReproductionPlan {
    /** Builds a trial's configuration (the paper's settings for its panel and line). */
    @FunctionalInterface
    public interface Configs {
        TrainingConfig config(Panel panel, Series series, double sparsity, long seed);
    }

    /** One line of a panel: a method with dense or top-k sparse input embeddings; "dense" is the reference. */
    public record Series(String label, String method, boolean sparseEmbedding) {
        public boolean reference() {
            return "dense".equals(method);
        }
    }

    /**
     * One chart: {@code task} on {@code dataset}, with its lines.
     *
     * @param id        file name stem, e.g. "fig5-link"
     * @param graphOnly Planetoid datasets: structure, labels and split only
     */
    public record Panel(PaperFigure figure, String id, String title, String dataset, boolean graphOnly, TaskKind task,
                        List<Series> series) {
        public Panel {
            series = List.copyOf(series);
        }
    }

    /** A trial in its place: which panel, line, sparsity and seed it stands for. */
    public record Entry(Panel panel, Series series, double sparsity, long seed, Trial trial) {
    }

    public static final double FIG7_SPARSITY = 0.906;
    static final Series SLR_DENSE = new Series("SLR, dense embedding", "slr", false);
    static final Series ST_DENSE = new Series("sparse training, dense embedding", "itop", false);
    static final Series SLR_SPARSE = new Series("SLR, sparse embedding", "slr", true);
    static final Series ST_SPARSE = new Series("sparse training, sparse embedding", "itop", true);
    static final Series DENSE_DENSE = new Series("dense, dense embedding", "dense", false);
    static final Series DENSE_SPARSE = new Series("dense, sparse embedding", "dense", true);
    static final Series SLR_GCN = new Series("SLR", "slr", true);
    static final Series ST_GCN = new Series("sparse training", "itop", true);
    static final Series DENSE_GCN = new Series("dense", "dense", true);

    private final List<Entry> entries;

    private ReproductionPlan(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The panels of one figure (Table II has none of its own: it reads Fig. 5's trials at 0.906). */
    public static List<Panel> panels(PaperFigure figure) {
        List<Series> fig5 = List.of(SLR_DENSE, ST_DENSE, SLR_SPARSE, ST_SPARSE, DENSE_DENSE, DENSE_SPARSE);
        List<Series> fig6 = List.of(SLR_GCN, ST_GCN, DENSE_GCN);
        List<Series> fig7 = List.of(SLR_DENSE, ST_DENSE);
        return switch (figure) {
            case FIG5 -> List.of(
                    new Panel(figure, "fig5-link", "Link prediction, ia-email-EU (FNN 16-128-1)", "ia-email-eu", false, TaskKind.LINK, fig5),
                    new Panel(figure, "fig5-node", "Node classification, email-Eu-core (FNN 128-256-128-42)", "email-eu-core", false, TaskKind.NODE, fig5));
            case FIG6 -> List.of(
                    new Panel(figure, "fig6-cora", "GCN on Cora (sparse embeddings)", "cora", true, TaskKind.NODE, fig6),
                    new Panel(figure, "fig6-citeseer", "GCN on CiteSeer (sparse embeddings)", "citeseer", true, TaskKind.NODE, fig6),
                    new Panel(figure, "fig6-pubmed", "GCN on PubMed (sparse embeddings)", "pubmed", true, TaskKind.NODE, fig6));
            case FIG7 -> List.of(
                    new Panel(figure, "fig7-link", "Link prediction, ia-email-EU, sparsity 0.906", "ia-email-eu", false, TaskKind.LINK, fig7),
                    new Panel(figure, "fig7-node", "Node classification, email-Eu-core, sparsity 0.906", "email-eu-core", false, TaskKind.NODE, fig7));
            case TABLE2 -> List.of(
                    new Panel(figure, "table2-link", "ia-email-EU", "ia-email-eu", false, TaskKind.LINK, List.of(SLR_DENSE, SLR_SPARSE, ST_DENSE, ST_SPARSE)),
                    new Panel(figure, "table2-node", "email-Eu-core", "email-eu-core", false, TaskKind.NODE, List.of(SLR_DENSE, SLR_SPARSE, ST_DENSE, ST_SPARSE)));
        };
    }

    /** Sparsities a panel's line is trained at: none extra for the dense reference, 0.906 only for Fig. 7 / Table II. */
    static List<Double> sparsities(Panel panel, Series series) {
        if (series.reference()) return List.of(0.0);
        if (panel.figure() == PaperFigure.FIG7 || panel.figure() == PaperFigure.TABLE2) return List.of(FIG7_SPARSITY);
        return PaperNumbers.SPARSITIES;
    }

    public static ReproductionPlan of(List<PaperFigure> figures, List<Long> seeds, Configs configs) {
        List<Entry> out = new ArrayList<>();
        for (PaperFigure f : figures) {
            for (Panel p : panels(f)) {
                for (Series s : p.series()) {
                    for (double sparsity : sparsities(p, s)) {
                        for (long seed : seeds) {
                            TrainingConfig c = configs.config(p, s, sparsity, seed);
                            out.add(new Entry(p, s, sparsity, seed, new Trial(p.dataset(), p.graphOnly(), c)));
                        }
                    }
                }
            }
        }
        return new ReproductionPlan(out);
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * Every distinct trial once, coarse to fine: the dense references, then every panel at 0.5, 0.906 and 0.969,
     * then the other sparsities, seed by seed. A reproduction stopped early (or still running, in the workbench)
     * so covers every panel evenly, and its report already shows each curve's shape.
     */
    public List<Trial> trials() {
        Map<String, Trial> byKey = new LinkedHashMap<>();
        List<Entry> ordered = new ArrayList<>(entries);
        ordered.sort(java.util.Comparator.comparingInt((Entry e) -> COARSE_TO_FINE.indexOf(e.sparsity()))
                .thenComparingLong(Entry::seed));
        for (Entry e : ordered) byKey.putIfAbsent(e.trial().key(), e.trial());
        return List.copyOf(byKey.values());
    }

    /** The order sparsities are trained in: reference, the paper's three most discussed, then filling in. */
    private static final List<Double> COARSE_TO_FINE = List.of(0.0, 0.5, 0.906, 0.969, 0.125, 0.75, 0.875, 0.938,
            0.25, 0.375, 0.625);

    /** The finished runs of one panel, labelled by line: what its chart and table show. */
    public List<SweepRun> runs(Panel panel, Map<String, TrialResult> results) {
        List<SweepRun> out = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.panel().equals(panel)) continue;
            TrialResult r = results.get(e.trial().key());
            if (r != null) out.add(r.asSweepRun(e.series().label(), e.sparsity()));
        }
        return out;
    }

    /** The first panel a trial stands in (Fig. 7's trials are Fig. 5's when both are planned). */
    public Optional<Panel> panelOf(Trial trial) {
        return entries.stream().filter(e -> e.trial().key().equals(trial.key())).map(Entry::panel).findFirst();
    }

    /** Datasets the plan trains on, each once, with whether it is loaded graph-only. */
    public Map<String, Boolean> datasets() {
        Map<String, Boolean> d = new LinkedHashMap<>();
        for (Entry e : entries) d.putIfAbsent(e.panel().dataset(), e.panel().graphOnly());
        return d;
    }
}
