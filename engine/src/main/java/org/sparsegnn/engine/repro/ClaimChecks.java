package org.sparsegnn.engine.repro;

import static org.sparsegnn.engine.repro.ReproductionPlan.SLR_DENSE;
import static org.sparsegnn.engine.repro.ReproductionPlan.SLR_SPARSE;
import static org.sparsegnn.engine.repro.ReproductionPlan.ST_DENSE;
import static org.sparsegnn.engine.repro.ReproductionPlan.ST_SPARSE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sparsegnn.engine.report.SweepTable;

/**
 * The paper's statements about its results ({@link PaperNumbers.Claims}) checked on our trials. Each check says
 * the criterion it applies, so a reader can disagree with the criterion rather than with a bare verdict.
 */
final class ClaimChecks {
    private static final String ACC = "test_accuracy";
    private final FigureData data;
    private final List<PaperFigure> figures;

    ClaimChecks(FigureData data, List<PaperFigure> figures) {
        this.data = data;
        this.figures = figures;
    }

    List<Claim> all(Map<String, double[][]> measuredFlops) {
        List<Claim> out = new ArrayList<>();
        out.add(slrFlops(measuredFlops));
        out.add(embeddingFlops(measuredFlops));
        out.add(linkComparable());
        out.add(nodeExtreme());
        out.add(embeddingAccuracy());
        out.add(nodeEmbedding(measuredFlops));
        out.add(occam());
        out.add(gcnHighSparsity());
        out.add(fig7Drop());
        out.add(fig7Node());
        return out;
    }

    private ReproductionPlan.Panel panel(PaperFigure f, int i) {
        return figures.contains(f) ? ReproductionPlan.panels(f).get(i) : null;
    }

    private Claim slrFlops(Map<String, double[][]> flops) {
        String paper = PaperNumbers.Claims.SLR_FLOPS_8X;
        if (flops.isEmpty()) return Claim.notMeasured(paper, "Table II was not part of this run.");
        List<String> parts = new ArrayList<>();
        boolean all = true;
        for (var e : flops.entrySet()) {
            double ratio = e.getValue()[0][0] / e.getValue()[2][0];
            all &= ratio > 8;
            parts.add(String.format(Locale.ROOT, "%s %.1f×", e.getKey(), ratio));
        }
        return new Claim(paper, "SLR / sparse training FLOPs with dense embeddings (§III-C rule on our runs): "
                + String.join(", ", parts) + ".", all ? "holds" : "does not hold");
    }

    private Claim embeddingFlops(Map<String, double[][]> flops) {
        String paper = PaperNumbers.Claims.EMBEDDING_10X;
        double[][] link = flops.get("ia-email-EU");
        if (link == null) return Claim.notMeasured(paper, "Table II was not part of this run.");
        double slr = link[0][0] / link[1][0], st = link[2][0] / link[3][0];
        return new Claim(paper, String.format(Locale.ROOT, "ia-email-EU, dense / top-k embedding FLOPs: SLR %.1f×, "
                + "sparse training %.1f×.", slr, st), slr > 10 && st > 10 ? "holds" : "does not hold");
    }

    private Claim linkComparable() {
        String paper = PaperNumbers.Claims.LINK_COMPARABLE;
        ReproductionPlan.Panel p = panel(PaperFigure.FIG5, 0);
        if (p == null) return Claim.notMeasured(paper, "Fig. 5 was not part of this run.");
        double worst = 0, sum = 0;
        int n = 0;
        for (double s : PaperNumbers.SPARSITIES) {
            double d = diff(p, ST_DENSE, SLR_DENSE, s);
            if (Double.isNaN(d)) continue;
            worst = Math.max(worst, Math.abs(d));
            sum += d;
            n++;
        }
        if (n == 0) return Claim.notMeasured(paper, "no finished link-prediction trials.");
        return new Claim(paper, String.format(Locale.ROOT, "ia-email-EU, dense embeddings: sparse training − SLR "
                + "averages %+.1f points over the %d sparsities, largest gap %.1f points. Criterion: within 2 points "
                + "at every sparsity.", 100 * sum / n, n, 100 * worst), worst <= 0.02 ? "holds" : "does not hold");
    }

    private Claim nodeExtreme() {
        String paper = PaperNumbers.Claims.NODE_EXTREME;
        ReproductionPlan.Panel p = panel(PaperFigure.FIG5, 1);
        if (p == null) return Claim.notMeasured(paper, "Fig. 5 was not part of this run.");
        double d1 = diff(p, ST_DENSE, SLR_DENSE, 0.938), d2 = diff(p, ST_DENSE, SLR_DENSE, 0.969);
        if (Double.isNaN(d1) || Double.isNaN(d2)) return Claim.notMeasured(paper, "no finished trials at 0.938 / 0.969.");
        boolean holds = d1 > 0.02 && d2 > 0.02;
        boolean partly = d1 > 0 || d2 > 0;
        return new Claim(paper, String.format(Locale.ROOT, "email-Eu-core (stands in for brain), dense embeddings: "
                + "sparse training − SLR = %+.1f points at 0.938, %+.1f at 0.969. Criterion: more than 2 points "
                + "higher at both.", 100 * d1, 100 * d2), holds ? "holds" : partly ? "partly holds" : "does not hold");
    }

    private Claim embeddingAccuracy() {
        String paper = PaperNumbers.Claims.EMBEDDING_ACCURACY;
        ReproductionPlan.Panel p = panel(PaperFigure.FIG5, 0);
        if (p == null) return Claim.notMeasured(paper, "Fig. 5 was not part of this run.");
        double slr = meanDiff(p, SLR_DENSE, SLR_SPARSE), st = meanDiff(p, ST_DENSE, ST_SPARSE);
        boolean holds = Math.abs(slr) <= 0.015 && Math.abs(st) <= 0.015;
        return new Claim(paper, String.format(Locale.ROOT, "ia-email-EU with top-%.2f %% embeddings (%.2f %% "
                + "sparse): accuracy lower by %.1f points (SLR) and %.1f points (sparse training) on average over "
                + "the sparsities. Criterion: within 1.5 points of the paper's 0.5. (The paper's 98.62 %% is 1 − "
                + "1.38 %%, the k it gives for wiki-talk; for ia-email it gives k = 3.28 %%, which we use.)",
                PaperNumbers.TOPK_PERCENT.get("ia-email"), 100 - PaperNumbers.TOPK_PERCENT.get("ia-email"),
                100 * slr, 100 * st), holds ? "holds" : "does not hold");
    }

    private Claim nodeEmbedding(Map<String, double[][]> flops) {
        String paper = PaperNumbers.Claims.BRAIN_EMBEDDING;
        ReproductionPlan.Panel p = panel(PaperFigure.FIG5, 1);
        double[][] node = flops.get("email-Eu-core");
        if (p == null || node == null) return Claim.notMeasured(paper, "needs Fig. 5 and Table II in the same run.");
        double slr = meanDiff(p, SLR_DENSE, SLR_SPARSE), st = meanDiff(p, ST_DENSE, ST_SPARSE);
        double fSlr = node[0][0] / node[1][0], fSt = node[2][0] / node[3][0];
        boolean holds = fSlr < 1.5 && fSt < 1.5 && (slr + st) / 2 > 0.01;
        return new Claim(paper, String.format(Locale.ROOT, "email-Eu-core with top-%.1f %% embeddings: FLOPs "
                + "reduced %.2f× (SLR) and %.2f× (sparse training); accuracy lower by %.1f and %.1f points on "
                + "average. Criterion: reduction under 1.5× and accuracy lower by more than 1 point.",
                PaperNumbers.TOPK_PERCENT.get("brain"), fSlr, fSt, 100 * slr, 100 * st), holds ? "holds" : "does not hold");
    }

    private Claim occam() {
        String paper = PaperNumbers.Claims.OCCAM;
        List<ReproductionPlan.Panel> panels = new ArrayList<>();
        if (figures.contains(PaperFigure.FIG5)) panels.addAll(ReproductionPlan.panels(PaperFigure.FIG5));
        if (figures.contains(PaperFigure.FIG6)) panels.addAll(ReproductionPlan.panels(PaperFigure.FIG6));
        int hills = 0, curves = 0;
        for (ReproductionPlan.Panel p : panels) {
            for (ReproductionPlan.Series s : p.series()) {
                if (s.reference()) continue;
                SweepTable.Cell first = data.cell(p, s, PaperNumbers.SPARSITIES.get(0), ACC);
                if (Double.isNaN(first.mean())) continue;
                curves++;
                double best = Double.NEGATIVE_INFINITY, bestS = 0, bestStd = 0;
                for (double sp : PaperNumbers.SPARSITIES) {
                    SweepTable.Cell c = data.cell(p, s, sp, ACC);
                    if (c.mean() > best) {
                        best = c.mean();
                        bestS = sp;
                        bestStd = c.std();
                    }
                }
                double last = data.cell(p, s, PaperNumbers.SPARSITIES.get(PaperNumbers.SPARSITIES.size() - 1), ACC).mean();
                double noise = Math.max(first.std(), bestStd);
                if (bestS > PaperNumbers.SPARSITIES.get(0) && best - first.mean() > noise && last < best) hills++;
            }
        }
        if (curves == 0) return Claim.notMeasured(paper, "Fig. 5 / Fig. 6 were not part of this run.");
        return new Claim(paper, String.format(Locale.ROOT, "%d of our %d accuracy-vs-sparsity curves rise above "
                + "their value at 0.125 by more than one standard deviation before falling. Criterion: most curves.",
                hills, curves), 2 * hills > curves ? "holds" : hills > 0 ? "partly holds" : "does not hold");
    }

    private Claim gcnHighSparsity() {
        String paper = PaperNumbers.Claims.GCN_HIGH_SPARSITY;
        if (!figures.contains(PaperFigure.FIG6)) return Claim.notMeasured(paper, "Fig. 6 was not part of this run.");
        int better = 0, cells = 0;
        List<String> parts = new ArrayList<>();
        for (ReproductionPlan.Panel p : ReproductionPlan.panels(PaperFigure.FIG6)) {
            for (double s : List.of(0.875, 0.906, 0.938, 0.969)) {
                double d = diff(p, ReproductionPlan.ST_GCN, ReproductionPlan.SLR_GCN, s);
                if (Double.isNaN(d)) continue;
                cells++;
                if (d > 0) better++;
            }
            double d = diff(p, ReproductionPlan.ST_GCN, ReproductionPlan.SLR_GCN, 0.969);
            if (!Double.isNaN(d)) parts.add(String.format(Locale.ROOT, "%s %+.1f", p.dataset(), 100 * d));
        }
        if (cells == 0) return Claim.notMeasured(paper, "no finished GCN trials.");
        return new Claim(paper, String.format(Locale.ROOT, "sparse training beats SLR in %d of %d (dataset, "
                + "sparsity ≥ 0.875) cells; at 0.969 sparse training − SLR = %s points.", better, cells,
                String.join(", ", parts)), 2 * better > cells ? "holds" : better > 0 ? "partly holds" : "does not hold");
    }

    private Claim fig7Drop() {
        String paper = PaperNumbers.Claims.FIG7_DROP;
        if (!figures.contains(PaperFigure.FIG7)) return Claim.notMeasured(paper, "Fig. 7 was not part of this run.");
        List<String> parts = new ArrayList<>();
        boolean anyDrop = false;
        for (ReproductionPlan.Panel p : ReproductionPlan.panels(PaperFigure.FIG7)) {
            List<double[]> curve = data.curve(p, SLR_DENSE, ReproductionPlan.FIG7_SPARSITY);
            Map<String, Integer> starts = data.phaseStarts(p, SLR_DENSE, ReproductionPlan.FIG7_SPARSITY);
            for (String phase : List.of("reweight", "retrain")) {
                Integer e = starts.get(phase);
                if (e == null || e < 2 || curve.size() < e) continue;
                double before = curve.get(e - 2)[1], after = curve.get(e - 1)[1];
                anyDrop |= before - after > 0.05;
                parts.add(String.format(Locale.ROOT, "%s, epoch %d (%s starts): %.3f → %.3f", p.dataset(), e, phase, before, after));
            }
        }
        if (parts.isEmpty()) return Claim.notMeasured(paper, "no finished SLR trials at 0.906.");
        return new Claim(paper, "mean test accuracy of SLR across its phase changes: " + String.join("; ", parts)
                + ". Our SLR keeps T1 = 20 dense epochs, so re-weighting starts at epoch 21 and the hard prune at epoch 31."
                + " Criterion: a drop of more than 5 points at a phase change.", anyDrop ? "holds" : "does not hold");
    }

    private Claim fig7Node() {
        String paper = PaperNumbers.Claims.FIG7_BRAIN;
        if (!figures.contains(PaperFigure.FIG7)) return Claim.notMeasured(paper, "Fig. 7 was not part of this run.");
        ReproductionPlan.Panel p = ReproductionPlan.panels(PaperFigure.FIG7).get(1);
        List<double[]> slr = data.curve(p, SLR_DENSE, ReproductionPlan.FIG7_SPARSITY);
        List<double[]> st = data.curve(p, ST_DENSE, ReproductionPlan.FIG7_SPARSITY);
        if (slr.isEmpty() || st.isEmpty()) return Claim.notMeasured(paper, "no finished node trials at 0.906.");
        double slrFinal = slr.get(slr.size() - 1)[1], stFinal = st.get(st.size() - 1)[1];
        int slrReach = reach(slr, 0.95 * slrFinal), stReach = reach(st, 0.95 * stFinal);
        boolean holds = stFinal > slrFinal && stReach <= slrReach;
        return new Claim(paper, String.format(Locale.ROOT, "email-Eu-core (stands in for brain) at 0.906: final test "
                + "accuracy sparse training %.3f, SLR %.3f; 95 %% of the final value first reached at epoch %d "
                + "(sparse training) and %d (SLR).", stFinal, slrFinal, stReach, slrReach), holds ? "holds"
                : stFinal > slrFinal || stReach < slrReach ? "partly holds" : "does not hold");
    }

    private static int reach(List<double[]> curve, double level) {
        for (double[] p : curve) if (p[1] >= level) return (int) p[0];
        return (int) curve.get(curve.size() - 1)[0];
    }

    /** Mean accuracy of line a minus line b at one sparsity (NaN if either is missing). */
    private double diff(ReproductionPlan.Panel p, ReproductionPlan.Series a, ReproductionPlan.Series b, double s) {
        return data.cell(p, a, s, ACC).mean() - data.cell(p, b, s, ACC).mean();
    }

    /** Line a minus line b, averaged over the sparsities where both finished. */
    private double meanDiff(ReproductionPlan.Panel p, ReproductionPlan.Series a, ReproductionPlan.Series b) {
        double sum = 0;
        int n = 0;
        for (double s : PaperNumbers.SPARSITIES) {
            double d = diff(p, a, b, s);
            if (!Double.isNaN(d)) {
                sum += d;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
