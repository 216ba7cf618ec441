package org.sparsegnn.engine.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.testing.SyntheticGraphs;
import org.sparsegnn.engine.train.TaskKind;
import org.sparsegnn.engine.train.TrainingConfig;
import org.sparsegnn.engine.train.TrainingConfigBuilder;

/** Fig. 7's trials, shrunk to a small GCN on a planted partition, trained for real, stored, then read back. */
class ReproductionRunnerTest {
    private static final Graph GRAPH = SyntheticGraphs.planted(120, 3, 20, 4);

    private static TrainingConfig tiny(ReproductionPlan.Panel p, ReproductionPlan.Series s, double sparsity, long seed) {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(TrainingConfig.gcnDefaults().withSeed(seed).withMethod(s.method(), sparsity));
        b.task = TaskKind.NODE; // both panels on the planted graph's nodes…
        b.hidden = List.of(p.task() == TaskKind.LINK ? 9 : 8); // …as two different trials
        b.epochs = 6;
        if (s.method().equals("slr")) {
            b.methodParams.put("reweight_epochs", 3.0);
            b.methodParams.put("retrain_epochs", 3.0);
        } else {
            b.methodParams.put("delta_t", 2.0);
        }
        return b.build();
    }

    @Test
    void trainsStoresAndResumesWithoutTraining(@TempDir Path dir) throws Exception {
        System.setProperty("java.awt.headless", "true");
        ReproductionPlan plan = ReproductionPlan.of(List.of(PaperFigure.FIG7), List.of(0L, 1L, 2L), ReproductionRunnerTest::tiny);
        assertEquals(12, plan.trials().size(), "2 panels × 2 lines × 3 seeds at 0.906");
        TrialStore store = new TrialStore(dir.resolve("trials"));
        GraphCache graphs = new GraphCache((name, graphOnly) -> GRAPH);
        List<String> started = new ArrayList<>();
        ReproductionRunner.Progress progress = new ReproductionRunner.Progress() {
            @Override
            public void trialStarted(int index, int total, Trial trial) {
                started.add(trial.key());
            }
        };
        Map<String, TrialResult> first = new ReproductionRunner(store, graphs).run(plan.trials(), progress);
        assertEquals(12, first.size());
        assertEquals(12, started.size());
        TrialResult slr = first.values().stream().filter(r -> r.config().method().equals("slr")).findFirst().orElseThrow();
        assertEquals(12, slr.curve().size(), "6 dense + 3 re-weight + 3 retraining epochs");
        assertEquals("retrain", slr.curve().get(11).phase());

        started.clear();
        int[] stored = new int[1];
        Map<String, TrialResult> again = new ReproductionRunner(store, graphs).run(plan.trials(), new ReproductionRunner.Progress() {
            @Override
            public void planned(int total, int storedTrials) {
                stored[0] = storedTrials;
            }

            @Override
            public void trialStarted(int index, int total, Trial trial) {
                started.add(trial.key());
            }
        });
        assertEquals(12, stored[0]);
        assertTrue(started.isEmpty(), "nothing trains a second time");
        assertEquals(first.keySet(), again.keySet());
        assertEquals(first.get(slr.key()).metrics(), again.get(slr.key()).metrics());

        Path report = dir.resolve("docs/reproduction.md");
        new ReproductionReport(plan, again, List.of(PaperFigure.FIG7), dir.resolve("docs/reproduction"), report)
                .write(new ReproductionReport.Context("test", List.of(0L, 1L, 2L), List.of("tiny settings"), ""));
        String md = Files.readString(report);
        assertTrue(md.contains("![Link prediction, ia-email-EU, sparsity 0.906](reproduction/fig7-link.png)"), md);
        for (String f : List.of("fig7-link.png", "fig7-link.svg", "fig7-link.csv", "fig7-node.png")) {
            assertTrue(Files.size(dir.resolve("docs/reproduction").resolve(f)) > 100, f);
        }
        assertTrue(md.contains("| **not measured** |") && md.contains("There is a significant accuracy drop"), md);
    }
}
