package org.sparsegnn.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.sparsity.SparsityDistribution;
import org.sparsegnn.engine.sparsity.SparsityMethod;
import org.sparsegnn.engine.sparsity.SparsityMethods;

class PaperPresetTest {
    private static TrainingConfig base(TrainingConfig defaults, String task, String method) {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(defaults);
        b.task = TaskKind.of(task);
        b.method = method;
        b.preset = "paper";
        return b.build();
    }

    @Test
    void slrGcnUsesTheAuthorsSettings() {
        TrainingConfig c = ConfigPresets.apply(base(TrainingConfig.gcnDefaults(), "node", "slr"));
        assertEquals("first", c.prunableLayers());
        assertEquals(200, c.epochs());
        assertEquals(50.0, c.methodParams().get("reweight_epochs"));
        assertEquals(50.0, c.methodParams().get("retrain_epochs"));
        assertEquals(0.001, c.methodParams().get("s0"));
        assertEquals(0.01, c.methodParams().get("rho"));
        SparsityMethod m = SparsityMethods.create(c.methodSpec());
        assertEquals(300, m.totalEpochs(c.epochs()));
    }

    @Test
    void slrFnnLinkAndNodeDiffer() {
        TrainingConfig link = PaperPreset.apply(base(TrainingConfig.fnnDefaults(), "link", "slr"));
        assertEquals("sgd", link.optimizer());
        assertEquals(0.05, link.lr());
        assertEquals("exponential", link.lrSchedule());
        assertEquals(0.98, link.lrGamma());
        assertEquals(1024, link.batchSize());
        assertEquals(0.01, link.methodParams().get("rho"));
        assertEquals(40, SparsityMethods.create(link.methodSpec()).totalEpochs(link.epochs()));
        TrainingConfig node = PaperPreset.apply(base(TrainingConfig.fnnDefaults(), "node", "slr"));
        assertEquals(0.02, node.methodParams().get("s0"));
        assertEquals(0.02, node.methodParams().get("rho"));
    }

    @Test
    void itopGcnIsErkTenPercentDensity() {
        TrainingConfig c = PaperPreset.apply(base(TrainingConfig.gcnDefaults(), "node", "itop"));
        assertEquals(SparsityDistribution.ERK, c.distribution());
        assertEquals(0.9, c.sparsity());
        assertEquals(300, c.epochs());
        assertEquals("adam", c.optimizer());
        assertEquals(0.01, c.lr());
        assertEquals(50.0, c.methodParams().get("delta_t"));
    }

    @Test
    void adaptsBatchAndDeltaTOfASmallGraphAndSaysWhy() {
        TrainingConfig itop = PaperPreset.apply(base(TrainingConfig.fnnDefaults(), "node", "itop"));
        PaperPreset.Adapted a = PaperPreset.adapt(itop, 600);
        assertEquals(60, a.config().batchSize(), "600 / 10 steps");
        assertEquals(40.0, a.config().methodParams().get("delta_t"), "40 epochs × 10 steps / 10 updates");
        assertEquals(List.of("optimizer", "lr", "batch_size", "delta_t"), a.adaptations().stream().map(PresetAdaptation::setting).toList());
        assertEquals("512", a.adaptations().get(2).literal());
        assertTrue(a.adaptations().get(2).describe().startsWith("batch_size 512 → 60: 600 training examples make 2"));
        assertEquals("adam", a.config().optimizer(), "the authors' node code trains with Adam");
        assertEquals(0.01, a.config().lr(), "…at most at Adam's usual rate, not SGD's 0.1");
        assertEquals("cosine", a.config().lrSchedule(), "the paper's schedule stays");
        assertEquals(0.1, itop.dropout(), "the authors' node FNN");

        TrainingConfig slr = PaperPreset.apply(base(TrainingConfig.fnnDefaults(), "node", "slr"));
        PaperPreset.Adapted s = PaperPreset.adapt(slr, 600);
        assertEquals("adam", s.config().optimizer());
        assertEquals(0.005, s.config().lr(), "the paper's rate");
        assertEquals(PaperPreset.adapt(slr, 600, Set.of("optimizer", "batch_size")).config(), slr, "explicit settings stay");
    }

    @Test
    void aGraphAsLargeAsThePapersKeepsTheLiteralSettings() {
        TrainingConfig link = PaperPreset.apply(base(TrainingConfig.linkDefaults(), "link", "itop"));
        assertEquals(0.0, link.dropout(), "link FNNs keep no dropout");
        PaperPreset.Adapted a = PaperPreset.adapt(link, 1_377_686); // ia-email's training pairs
        assertEquals(link, a.config());
        assertTrue(a.adaptations().isEmpty());
        TrainingConfig gcn = PaperPreset.apply(base(TrainingConfig.gcnDefaults(), "node", "itop"));
        assertEquals(gcn, PaperPreset.adapt(gcn, 140).config(), "full-batch GCNs are never adapted");
    }
}
