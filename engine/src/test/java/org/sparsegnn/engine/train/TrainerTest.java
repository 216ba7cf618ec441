package org.sparsegnn.engine.train;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.PhaseChanged;
import org.sparsegnn.engine.events.RunFailed;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.RunStarted;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.events.WeightSnapshot;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.model.Network;
import org.sparsegnn.engine.nn.Floats;
import org.sparsegnn.engine.nn.Mask;
import org.sparsegnn.engine.nn.Parameter;
import org.sparsegnn.engine.sparsity.DenseMethod;
import org.sparsegnn.engine.sparsity.Evaluation;
import org.sparsegnn.engine.sparsity.SparsityMethod;
import org.sparsegnn.engine.sparsity.TrainingContext;
import org.sparsegnn.engine.testing.SyntheticGraphs;

class TrainerTest {
    private static final Graph GRAPH = SyntheticGraphs.planted(240, 3, 45, 9);

    private static TrainingConfig gcn(int epochs, long seed) {
        return TrainingConfig.gcnDefaults().withEpochs(epochs).withSeed(seed);
    }

    private static Task task(TrainingConfig cfg) {
        return new NodeClassificationTask(GRAPH, SyntheticGraphs.propagation(GRAPH.adjacency()), cfg);
    }

    private static List<TrainingEvent> run(TrainingConfig cfg, SparsityMethod method) {
        List<TrainingEvent> events = new ArrayList<>();
        new Trainer(cfg, task(cfg), method).addListener(events::add).run();
        return events;
    }

    /** Everything of an epoch except wall-clock timings and the run id. */
    private static List<String> epochFingerprints(List<TrainingEvent> events) {
        List<String> out = new ArrayList<>();
        for (TrainingEvent e : events) {
            if (e instanceof EpochCompleted ec) {
                out.add(ec.epoch() + " " + ec.phase() + " " + ec.loss() + " " + ec.trainAccuracy() + " " + ec.valAccuracy()
                        + " " + ec.testAccuracy() + " " + ec.layerSparsity() + " " + ec.cumulativeTrainingFlops());
            }
        }
        return out;
    }

    @Test
    void sameSeedGivesTheSameEpochStream() {
        List<String> a = epochFingerprints(run(gcn(15, 4), new DenseMethod()));
        List<String> b = epochFingerprints(run(gcn(15, 4), new DenseMethod()));
        List<String> c = epochFingerprints(run(gcn(15, 5), new DenseMethod()));
        assertEquals(15, a.size());
        assertEquals(a, b);
        assertNotEquals(a, c, "a different seed must give a different run");
    }

    @Test
    void fnnMiniBatchRunIsDeterministicToo() {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(TrainingConfig.fnnDefaults());
        b.hidden = List.of(16);
        b.epochs = 8;
        b.batchSize = 10;
        TrainingConfig cfg = b.build();
        Task t = new NodeClassificationTask(GRAPH, null, cfg);
        assertEquals(5, t.stepsPerEpoch()); // 48 training nodes in batches of 10
        List<String> x = epochFingerprints(run(cfg, new DenseMethod()));
        List<String> y = epochFingerprints(run(cfg, new DenseMethod()));
        assertEquals(x, y);
    }

    @Test
    void eventsAndMetricsOfARun() {
        List<TrainingEvent> events = run(gcn(30, 1), new DenseMethod());
        assertInstanceOf(RunStarted.class, events.get(0));
        RunStarted start = (RunStarted) events.get(0);
        assertEquals(List.of("gcn.layer1.weight", "gcn.layer2.weight"), start.layers().stream().map(l -> l.name()).toList());
        assertEquals(30, start.totalEpochs());
        assertEquals(1, start.stepsPerEpoch());
        RunFinished end = assertInstanceOf(RunFinished.class, events.get(events.size() - 1));
        List<EpochCompleted> epochs = events.stream().filter(e -> e instanceof EpochCompleted).map(e -> (EpochCompleted) e).toList();
        assertEquals(30, epochs.size());
        assertEquals(60, events.stream().filter(e -> e instanceof WeightSnapshot).count());
        // model selection: the first epoch with the best validation accuracy, reporting its test accuracy
        EpochCompleted best = epochs.get(0);
        for (EpochCompleted e : epochs) if (e.valAccuracy() > best.valAccuracy()) best = e;
        assertEquals(best.epoch(), end.bestEpoch());
        Map<String, Double> m = end.metrics();
        assertEquals(best.testAccuracy(), m.get("test_accuracy"));
        assertEquals(best.valAccuracy(), m.get("val_accuracy"));
        assertEquals(best.trainAccuracy(), m.get("train_accuracy"));
        assertEquals((double) best.epoch(), m.get("best_epoch"));
        for (String key : List.of("sparsity", "layer_sparsity.gcn.layer1.weight", "layer_sparsity.gcn.layer2.weight",
                "training_flops", "dense_training_flops", "flops_ratio")) {
            assertTrue(m.containsKey(key), key + " in " + m.keySet());
        }
        assertEquals(1.0, m.get("flops_ratio"), 1e-12);
        assertEquals(epochs.get(29).cumulativeTrainingFlops(), m.get("training_flops"), 1e-6);
        assertTrue(m.get("test_accuracy") > 0.7, "learns the planted partition: " + m);
        assertFalse(end.cancelled());
    }

    /** Records the hook order and keeps a fixed random half of layer 1 masked. */
    static final class RecordingMethod implements SparsityMethod {
        final List<String> calls = new ArrayList<>();
        final List<String> violations = new ArrayList<>();

        @Override public String id() { return "recording"; }

        @Override
        public void onStart(TrainingContext ctx) {
            calls.add("start");
            Parameter w = ctx.prunableParameters().get(0);
            Mask m = Mask.dense(w.rows(), w.cols());
            Random r = new Random(1);
            for (int i = 0; i < m.size(); i++) if (r.nextBoolean()) m.set(i, false);
            w.setMask(m);
        }

        @Override public void onEpochStart(TrainingContext ctx) { calls.add("epochStart" + ctx.epoch()); }

        @Override
        public double beforeOptimizerStep(TrainingContext ctx) {
            calls.add("before" + ctx.step());
            Parameter w = ctx.prunableParameters().get(0);
            float[] g = Floats.read(w.gradient());
            int nonzeroMasked = 0;
            for (int i = 0; i < g.length; i++) if (!w.mask().isActive(i) && g[i] != 0f) nonzeroMasked++;
            if (nonzeroMasked == 0) violations.add("gradient at masked positions should be dense before masking");
            return 0.25;
        }

        @Override
        public void afterOptimizerStep(TrainingContext ctx) {
            calls.add("after" + ctx.step());
            Parameter w = ctx.prunableParameters().get(0);
            float[] v = Floats.read(w.value());
            for (int i = 0; i < v.length; i++) {
                if (!w.mask().isActive(i) && v[i] != 0f) violations.add("masked weight " + i + " = " + v[i]);
            }
        }

        @Override
        public void onEpochEnd(TrainingContext ctx) {
            calls.add("epochEnd" + ctx.epoch());
            if (ctx.epoch() == 2) ctx.setPhase("second", "test phase change");
        }

        @Override public void onFinish(TrainingContext ctx) { calls.add("finish"); }

        @Override
        public boolean selectable(TrainingContext ctx) {
            return ctx.epoch() >= 3; // only epochs 3.. may be chosen
        }
    }

    @Test
    void hookOrderMaskingAndPhases() {
        RecordingMethod method = new RecordingMethod();
        List<TrainingEvent> events = run(gcn(4, 2), method);
        assertEquals(List.of("start", "epochStart1", "before0", "after0", "epochEnd1", "epochStart2", "before1", "after1",
                "epochEnd2", "epochStart3", "before2", "after2", "epochEnd3", "epochStart4", "before3", "after3",
                "epochEnd4", "finish"), method.calls);
        assertEquals(List.of(), method.violations);
        List<EpochCompleted> epochs = events.stream().filter(e -> e instanceof EpochCompleted).map(e -> (EpochCompleted) e).toList();
        assertEquals(List.of("train", "train", "second", "second"), epochs.stream().map(EpochCompleted::phase).toList());
        assertEquals(0.25, epochs.get(0).extra().get("penalty"));
        PhaseChanged pc = events.stream().filter(e -> e instanceof PhaseChanged).map(e -> (PhaseChanged) e).findFirst().orElseThrow();
        assertEquals("train", pc.fromPhase());
        assertEquals("second", pc.toPhase());
        RunFinished end = (RunFinished) events.get(events.size() - 1);
        assertTrue(end.bestEpoch() >= 3, "best epoch among selectable epochs only: " + end.bestEpoch());
        double s1 = epochs.get(0).layerSparsity().get("gcn.layer1.weight");
        assertTrue(s1 > 0.4 && s1 < 0.6, "layer 1 half masked: " + s1);
        assertTrue(end.metrics().get("flops_ratio") < 1.0, "masked weights cost fewer FLOPs");
        // snapshot values honour the mask
        WeightSnapshot snap = events.stream().filter(e -> e instanceof WeightSnapshot ws && ws.layer().equals("gcn.layer1.weight"))
                .map(e -> (WeightSnapshot) e).reduce((a, b) -> b).orElseThrow();
        int zeros = 0;
        for (float v : snap.values()) if (v == 0f) zeros++;
        assertEquals(Math.round(s1 * snap.values().length), zeros);
    }

    @Test
    void divergingLossEndsWithRunFailed() {
        TrainingConfig cfg = gcn(10, 0);
        Task real = task(cfg);
        Task nanAtEpoch3 = new DelegatingTask(real) {
            int steps;

            @Override
            public double trainStep(Network model, int stepInEpoch) {
                double l = real.trainStep(model, stepInEpoch);
                return ++steps == 3 ? Double.NaN : l;
            }
        };
        List<TrainingEvent> events = new ArrayList<>();
        TrainingEvent end = new Trainer(cfg, nanAtEpoch3, new DenseMethod()).addListener(events::add).run();
        RunFailed f = assertInstanceOf(RunFailed.class, end);
        assertTrue(f.diverged());
        assertEquals(3, f.epoch());
        assertTrue(f.message().startsWith("training diverged at epoch 3: the loss became not a number (NaN)"), f.message());
        assertTrue(f.message().contains("the learning rate (0.0100) is probably too high"), f.message());
        assertEquals(f, events.get(events.size() - 1));
        assertEquals(2, events.stream().filter(e -> e instanceof EpochCompleted).count());
    }

    @Test
    void aLossGrowingAThousandfoldEndsTheRunAsDivergedNamingTheEpochAndTheLearningRate() {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(gcn(50, 0));
        b.lr = 1e9;
        List<TrainingEvent> events = new ArrayList<>();
        TrainingEvent end = new Trainer(b.build(), task(b.build()), new DenseMethod()).addListener(events::add).run();
        RunFailed f = assertInstanceOf(RunFailed.class, end);
        assertTrue(f.diverged(), f.message());
        List<EpochCompleted> epochs = events.stream().filter(e -> e instanceof EpochCompleted).map(e -> (EpochCompleted) e).toList();
        assertTrue(epochs.size() < 10, "stopped early, after " + epochs.size() + " epochs");
        EpochCompleted last = epochs.get(epochs.size() - 1);
        assertEquals(last.epoch(), f.epoch(), "the epoch it diverged in is published, then the run stops");
        assertTrue(last.loss() > DivergenceRule.GROWTH_LIMIT * Math.max(1, epochs.get(0).loss()) || !Double.isFinite(last.loss()));
        assertTrue(f.message().startsWith("training diverged at epoch " + f.epoch() + ": "), f.message());
        assertTrue(f.message().contains("the learning rate (1.00e+09) is probably too high"), f.message());
        assertEquals(1, f.message().lines().count());
    }

    @Test
    void aNonFiniteLossBeforeAnyTrainingBlamesTheData() {
        TrainingConfig cfg = gcn(5, 0);
        Task real = task(cfg);
        Task nanFromTheStart = new DelegatingTask(real) {
            @Override
            public double trainStep(Network model, int stepInEpoch) {
                real.trainStep(model, stepInEpoch);
                return Double.POSITIVE_INFINITY;
            }
        };
        RunFailed f = assertInstanceOf(RunFailed.class, new Trainer(cfg, nanFromTheStart, new DenseMethod()).run());
        assertTrue(f.diverged());
        assertEquals("training diverged at epoch 1: the loss of the untrained model is infinite; the input data likely "
                + "holds NaN or infinite values", f.message());
    }

    @Test
    void anOrdinaryErrorIsNotADivergence() {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(gcn(2, 0));
        b.prunableLayers = "gcn.layer9.weight";
        RunFailed f = assertInstanceOf(RunFailed.class, new Trainer(b.build(), task(b.build()), new DenseMethod()).run());
        assertEquals(RunFailed.Kind.ERROR, f.kind());
    }

    @Test
    void anExceptionInAMethodEndsWithRunFailedNotAThrow() {
        SparsityMethod broken = new SparsityMethod() {
            @Override public String id() { return "broken"; }

            @Override
            public void onEpochEnd(TrainingContext ctx) {
                if (ctx.epoch() == 2) throw new IllegalStateException("mask has the wrong shape\nsecond line");
            }
        };
        TrainingEvent end = new Trainer(gcn(5, 0), task(gcn(5, 0)), broken).run();
        RunFailed f = assertInstanceOf(RunFailed.class, end);
        assertEquals("mask has the wrong shape", f.message());
        assertEquals(2, f.epoch());
        assertTrue(f.detail().contains("IllegalStateException"));
    }

    @Test
    void evaluateWithMasksLeavesTheModelUnchanged() {
        List<String> problems = new ArrayList<>();
        SparsityMethod probe = new SparsityMethod() {
            @Override public String id() { return "probe"; }

            @Override
            public void onEpochEnd(TrainingContext ctx) {
                Parameter w = ctx.prunableParameters().get(0);
                float[] before = Floats.read(w.value());
                Evaluation normal = ctx.evaluateWithMasks(Map.of());
                Evaluation allPruned = ctx.evaluateWithMasks(Map.of(w.name(), Mask.empty(w.rows(), w.cols())));
                if (!Arrays.equals(before, Floats.read(w.value()))) problems.add("weights changed");
                if (normal.loss() == allPruned.loss()) problems.add("pruning every weight did not change the loss");
            }
        };
        TrainingEvent end = new Trainer(gcn(3, 0), task(gcn(3, 0)), probe).run();
        assertInstanceOf(RunFinished.class, end, end.toString());
        assertEquals(List.of(), problems);
    }

    @Test
    void unknownPrunableLayerIsAClearError() {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(gcn(2, 0));
        b.prunableLayers = "gcn.layer9.weight";
        RunFailed f = assertInstanceOf(RunFailed.class, new Trainer(b.build(), task(b.build()), new DenseMethod()).run());
        assertTrue(f.message().contains("gcn.layer9.weight"), f.message());
    }

    /** Forwards everything to another task (for overriding one method in tests). */
    static class DelegatingTask implements Task {
        final Task inner;

        DelegatingTask(Task inner) { this.inner = inner; }

        @Override public String id() { return inner.id(); }
        @Override public Map<String, String> describe() { return inner.describe(); }
        @Override public Network createModel(TrainingConfig config) { return inner.createModel(config); }
        @Override public int stepsPerEpoch() { return inner.stepsPerEpoch(); }
        @Override public void beginEpoch(Random random) { inner.beginEpoch(random); }
        @Override public double trainStep(Network model, int stepInEpoch) { return inner.trainStep(model, stepInEpoch); }
        @Override public Evaluation evaluate(Network model) { return inner.evaluate(model); }
    }
}
