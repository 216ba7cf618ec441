package org.sparsegnn.engine.repro;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.sparsegnn.engine.report.SweepCharts;
import org.sparsegnn.engine.report.SweepRun;
import org.sparsegnn.engine.report.SweepTable;
import org.sparsegnn.engine.train.TaskKind;

/**
 * Writes what a reproduction produced: per panel a CSV of every trial and a PNG + SVG chart with error bars
 * (mean ± std over seeds), Table II as CSV + chart, and one Markdown report that puts the paper's numbers and
 * statements beside ours. Partial results (a cancelled run) are written too, with the count of finished trials.
 */
public final class ReproductionReport {
    /** How the reproduction was run, for the report's first section. */
    public record Context(String command, List<Long> seeds, List<String> settingsNotes, String machine) {
    }

    private static final int WIDTH = 900, HEIGHT = 560;
    private final ReproductionPlan plan;
    private final FigureData data;
    private final List<PaperFigure> figures;
    private final Path outDir;
    private final Path reportFile;

    public ReproductionReport(ReproductionPlan plan, Map<String, TrialResult> results, List<PaperFigure> figures,
                              Path outDir, Path reportFile) {
        this.plan = plan;
        this.data = new FigureData(plan, results);
        this.figures = List.copyOf(figures);
        this.outDir = outDir;
        this.reportFile = reportFile;
    }

    /** Writes every file; returns the report's path. */
    public Path write(Context context) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(outDir);
        StringBuilder md = new StringBuilder();
        ReportText.header(md, context, plan, data);
        if (figures.contains(PaperFigure.FIG5)) accuracyVsSparsity(md, PaperFigure.FIG5);
        if (figures.contains(PaperFigure.FIG6)) accuracyVsSparsity(md, PaperFigure.FIG6);
        if (figures.contains(PaperFigure.FIG7)) accuracyVsEpoch(md);
        Map<String, double[][]> measured = figures.contains(PaperFigure.TABLE2) ? tableTwo(md) : Map.of();
        ReportText.claims(md, new ClaimChecks(data, figures).all(measured));
        Path parent = reportFile.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(reportFile, md.toString(), StandardCharsets.UTF_8);
        return reportFile;
    }

    private String link(String file) {
        Path from = reportFile.toAbsolutePath().getParent();
        return from.relativize(outDir.toAbsolutePath().resolve(file)).toString().replace('\\', '/');
    }

    private void accuracyVsSparsity(StringBuilder md, PaperFigure figure) throws IOException {
        md.append("\n## ").append(figure.title()).append("\n\n").append(ReportText.intro(figure)).append('\n');
        for (ReproductionPlan.Panel p : ReproductionPlan.panels(figure)) {
            List<SweepRun> runs = data.runs(p);
            writeRunsCsv(p.id() + ".csv", runs);
            md.append("\n### ").append(p.title()).append("\n\n");
            if (runs.isEmpty()) {
                md.append("No finished trials yet (").append(data.planned(p)).append(" planned).\n");
                continue;
            }
            SweepCharts.write(SweepCharts.accuracyVsSparsity(runs, figure == PaperFigure.FIG5 ? "Fig. 5 (ours): " + p.title()
                    : "Fig. 6 (ours): " + p.title(), "test_accuracy", "test accuracy (mean ± std over seeds)"),
                    outDir.resolve(p.id()), WIDTH, HEIGHT);
            md.append("![").append(p.title()).append("](").append(link(p.id() + ".png")).append(")\n\n");
            md.append("Test accuracy, mean ± std over seeds (").append(runs.size()).append(" of ")
                    .append(data.planned(p)).append(" trials; sparsity 0 = the dense reference; [CSV](")
                    .append(link(p.id() + ".csv")).append(")):\n\n").append(SweepTable.markdown(runs, "test_accuracy"));
            if (p.task() == TaskKind.LINK) {
                md.append("\nROC-AUC of the same runs:\n\n").append(SweepTable.markdown(runs, "test_auc"));
            }
        }
    }

    private void writeRunsCsv(String file, List<SweepRun> runs) throws IOException {
        StringBuilder b = new StringBuilder(SweepTable.header()).append('\n');
        for (SweepRun r : runs) b.append(SweepTable.row(r)).append('\n');
        Files.writeString(outDir.resolve(file), b.toString(), StandardCharsets.UTF_8);
    }

    private void accuracyVsEpoch(StringBuilder md) throws IOException {
        md.append("\n## ").append(PaperFigure.FIG7.title()).append("\n\n").append(ReportText.intro(PaperFigure.FIG7)).append('\n');
        for (ReproductionPlan.Panel p : ReproductionPlan.panels(PaperFigure.FIG7)) {
            List<ReproductionCharts.Curve> curves = new ArrayList<>();
            StringBuilder csv = new StringBuilder("series,epoch,test_accuracy_mean,test_accuracy_std\n");
            for (ReproductionPlan.Series s : p.series()) {
                List<double[]> c = data.curve(p, s, ReproductionPlan.FIG7_SPARSITY);
                if (c.isEmpty()) continue;
                curves.add(new ReproductionCharts.Curve(s.label() + " (" + data.results(p, s, ReproductionPlan.FIG7_SPARSITY).size() + " seeds)", c));
                for (double[] e : c) csv.append(String.format(Locale.ROOT, "%s,%d,%.6g,%.6g%n", s.label(), (int) e[0], e[1], e[2]));
            }
            Files.writeString(outDir.resolve(p.id() + ".csv"), csv.toString(), StandardCharsets.UTF_8);
            md.append("\n### ").append(p.title()).append("\n\n");
            if (curves.isEmpty()) {
                md.append("No finished trials yet.\n");
                continue;
            }
            Map<Integer, String> markers = new LinkedHashMap<>();
            Map<String, Integer> starts = data.phaseStarts(p, ReproductionPlan.SLR_DENSE, ReproductionPlan.FIG7_SPARSITY);
            if (starts.containsKey("reweight")) markers.put(starts.get("reweight"), " SLR re-weighting");
            if (starts.containsKey("retrain")) markers.put(starts.get("retrain"), " SLR hard prune + retraining");
            String y = p.task() == TaskKind.LINK ? "test accuracy (link, threshold 0.5)" : "test accuracy";
            SweepCharts.write(ReproductionCharts.accuracyVsEpoch("Fig. 7 (ours): " + p.title(), y + ", mean ± std",
                    curves, markers), outDir.resolve(p.id()), WIDTH, HEIGHT);
            md.append("![").append(p.title()).append("](").append(link(p.id() + ".png")).append(")\n\n");
            md.append("Bands: ± one standard deviation over seeds; dashed lines: where SLR's phases begin ")
                    .append(markers.isEmpty() ? "(no SLR run finished)" : markers.keySet().toString())
                    .append(". [CSV](").append(link(p.id() + ".csv")).append(")\n");
        }
    }

    /** Table II: the §III-C rule on the paper's models, and our runs; returns our measured rows by dataset. */
    private Map<String, double[][]> tableTwo(StringBuilder md) throws IOException {
        md.append("\n## ").append(PaperFigure.TABLE2.title()).append("\n\n").append(ReportText.intro(PaperFigure.TABLE2));
        String[] columns = {"SLR, dense emb.", "SLR, sparse emb.", "sparse training, dense emb.", "sparse training, sparse emb."};
        DefaultStatisticalCategoryDataset chart = new DefaultStatisticalCategoryDataset();
        StringBuilder csv = new StringBuilder("source,dataset,slr_dense,slr_sparse,st_dense,st_sparse,slr_dense_std,slr_sparse_std,st_dense_std,st_sparse_std\n");
        StringBuilder t = new StringBuilder("| row | ").append(String.join(" | ", columns)).append(" |\n|---|---|---|---|---|\n");
        for (var e : PaperNumbers.TABLE_TWO.entrySet()) {
            double[] paper = e.getValue();
            double[] rule = TableTwo.ratios(ReportText.paperRow(e.getKey()), 0.906);
            t.append("| ").append(e.getKey()).append(": paper |").append(ReportText.cells(paper, null)).append('\n');
            t.append("| ").append(e.getKey()).append(": §III-C rule |").append(ReportText.cells(rule, null)).append('\n');
            csv.append("paper,").append(e.getKey()).append(ReportText.csvCells(paper, null));
            csv.append("rule,").append(e.getKey()).append(ReportText.csvCells(rule, null));
            for (int c = 0; c < 4; c++) chart.add(paper[c], 0, "paper: " + e.getKey(), columns[c]);
        }
        Map<String, double[][]> measured = new LinkedHashMap<>();
        for (ReproductionPlan.Panel p : ReproductionPlan.panels(PaperFigure.TABLE2)) {
            double[][] m = measuredFlops(p);
            if (m == null) continue;
            measured.put(p.title(), m);
            double[] mean = {m[0][0], m[1][0], m[2][0], m[3][0]}, std = {m[0][1], m[1][1], m[2][1], m[3][1]};
            t.append("| ").append(p.title()).append(": ours, measured |").append(ReportText.cells(mean, std)).append('\n');
            csv.append("ours,").append(p.title()).append(ReportText.csvCells(mean, std));
            for (int c = 0; c < 4; c++) chart.add(mean[c], std[c], "ours: " + p.title(), columns[c]);
        }
        Files.writeString(outDir.resolve("table2.csv"), csv.toString(), StandardCharsets.UTF_8);
        SweepCharts.write(ReproductionCharts.flops("Table II: normalised training FLOPs at sparsity 0.906", chart),
                outDir.resolve("table2"), WIDTH, HEIGHT);
        md.append('\n').append(t).append("\n![Table II](").append(link("table2.png")).append(")\n\n");
        ReportText.tableTwoNotes(md);
        return measured;
    }

    /**
     * Our runs at 0.906: training FLOPs by the §III-C rule over the FLOPs of dense training with dense embeddings
     * for the same steps (the dense-embedding trial of the same method, sparsity and seed); {mean, std} per column.
     */
    private double[][] measuredFlops(ReproductionPlan.Panel p) {
        List<ReproductionPlan.Series> order = List.of(ReproductionPlan.SLR_DENSE, ReproductionPlan.SLR_SPARSE,
                ReproductionPlan.ST_DENSE, ReproductionPlan.ST_SPARSE);
        double[][] out = new double[4][];
        for (int c = 0; c < 4; c++) {
            ReproductionPlan.Series s = order.get(c);
            ReproductionPlan.Series denseTwin = s.method().equals("slr") ? ReproductionPlan.SLR_DENSE : ReproductionPlan.ST_DENSE;
            List<Double> ratios = new ArrayList<>();
            for (TrialResult r : data.results(p, s, ReproductionPlan.FIG7_SPARSITY)) {
                for (TrialResult d : data.results(p, denseTwin, ReproductionPlan.FIG7_SPARSITY)) {
                    if (d.config().seed() == r.config().seed()) ratios.add(r.metric("training_flops_paper") / d.metric("dense_training_flops"));
                }
            }
            if (ratios.isEmpty()) return null;
            out[c] = new double[] {FigureData.mean(ratios), FigureData.std(ratios)};
        }
        return out;
    }
}
