package org.sparsegnn.engine.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.engine.report.SweepRun;
import org.sparsegnn.engine.train.TrainingConfig;

/** The whole report from made-up results: every figure, Table II from the trials' FLOPs, and the claims. */
class ReproductionReportTest {
    private static TrainingConfig config(ReproductionPlan.Panel p, ReproductionPlan.Series s, double sparsity, long seed) {
        TrainingConfig c = TrainingConfig.fnnDefaults().withSeed(seed).withMethod(s.method(), sparsity);
        return c.withMethodParam("panel_" + p.dataset() + (s.sparseEmbedding() ? "_sparse" : ""), 1);
    }

    /** SLR falls with sparsity, sparse training stays; sparse embeddings cost 1 point and 10 % of the FLOPs. */
    private static TrialResult fake(ReproductionPlan.Entry e) {
        boolean slr = e.series().method().equals("slr"), sparseEmb = e.series().sparseEmbedding();
        double acc = (slr ? 0.80 - 0.3 * Math.pow(e.sparsity(), 8) : 0.78) - (sparseEmb ? 0.01 : 0) + 0.002 * e.seed();
        double density = 1 - e.sparsity();
        double flops = (slr ? 0.75 + 0.25 * density : density) * (sparseEmb ? 0.1 : 1.0) * 1000;
        List<SweepRun.EpochPoint> curve = new ArrayList<>();
        for (int ep = 1; ep <= 40; ep++) {
            String phase = !slr ? "sparse" : ep <= 20 ? "dense" : ep <= 30 ? "reweight" : "retrain";
            double a = phase.equals("retrain") && ep == 31 ? 0.3 : acc * Math.min(1, ep / 10.0);
            curve.add(new SweepRun.EpochPoint(ep, phase, a, a, a, Double.NaN));
        }
        Map<String, Double> m = new HashMap<>();
        m.put("test_accuracy", acc);
        m.put("test_auc", acc + 0.1);
        m.put("training_flops_paper", flops);
        m.put("dense_training_flops", 1000.0);
        return new TrialResult(e.trial().key(), e.trial().dataset(), e.trial().graphOnly(), e.trial().config(), m, 1.0, curve);
    }

    @Test
    void writesEveryFigureTableTwoAndTheClaims(@TempDir Path dir) throws Exception {
        ReproductionPlan plan = ReproductionPlan.of(List.of(PaperFigure.values()), List.of(0L, 1L, 2L), ReproductionReportTest::config);
        assertEquals(2 * (4 * 10 + 2) * 3 + 3 * (2 * 10 + 1) * 3, plan.trials().size(),
                "Fig. 7 and Table II reuse Fig. 5's trials");
        Map<String, TrialResult> results = new HashMap<>();
        for (ReproductionPlan.Entry e : plan.entries()) results.putIfAbsent(e.trial().key(), fake(e));
        Path report = dir.resolve("reproduction.md");
        new ReproductionReport(plan, results, List.of(PaperFigure.values()), dir, report)
                .write(new ReproductionReport.Context("sparsegnn reproduce --figure all", List.of(0L, 1L, 2L), List.of("n"), "m"));
        String md = Files.readString(report);
        for (String id : List.of("fig5-link", "fig5-node", "fig6-cora", "fig6-citeseer", "fig6-pubmed", "fig7-link", "fig7-node", "table2")) {
            assertTrue(Files.isRegularFile(dir.resolve(id + ".png")) && Files.isRegularFile(dir.resolve(id + ".svg"))
                    && Files.isRegularFile(dir.resolve(id + ".csv")), id);
            assertTrue(md.contains("](" + id + ".png)"), id);
        }
        assertTrue(md.contains("| ia-email-EU: ours, measured | 0.7735× ± 0 | 0.07735× ± 0 | 0.094× ± 0 | 0.0094× ± 0 |"), md);
        assertTrue(md.contains("| ia-email: paper | 0.773× | 0.056× | 0.094× | 0.0067× |"), md);
        // SLR / sparse training = 0.7735 / 0.094 = 8.2 > 8; the 0.969 gap of the made-up SLR is large
        assertTrue(md.contains("ia-email-EU 8.2×") && md.contains("| **holds** |"), md);
        assertTrue(md.contains("epoch 31 (retrain starts)"), md);
        assertTrue(!md.contains("not measured"), "every claim has its data");
    }
}
