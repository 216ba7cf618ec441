package org.sparsegnn.engine.train;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.events.EpochCompleted;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.nn.KernelChoice;
import org.sparsegnn.engine.sparsity.SparsityDistribution;
import org.sparsegnn.engine.sparsity.SparsityMethods;
import org.sparsegnn.engine.testing.SyntheticGraphs;

/**
 * Whole seeded runs on the sparse kernels and on the dense kernels (masked dense weights, the old arithmetic)
 * make the same mask updates, follow the same losses and end at the same accuracy (± 0.002); the epochs report
 * which kernels each layer ran and where the time went.
 */
class SparseKernelsTrainingTest {
    private record Run(List<EpochCompleted> epochs, List<MaskUpdated> updates, RunFinished end) {
    }

    private static Run run(TrainingConfig cfg, Graph g) {
        List<EpochCompleted> epochs = new ArrayList<>();
        List<MaskUpdated> updates = new ArrayList<>();
        TrainingEvent end = new Trainer(cfg, NodeClassificationTask.forGraph(g, cfg), SparsityMethods.create(cfg.methodSpec()))
                .weightSnapshots(false).addListener(e -> {
                    if (e instanceof EpochCompleted ec) epochs.add(ec);
                    if (e instanceof MaskUpdated mu) updates.add(mu);
                }).run();
        return new Run(epochs, updates, assertInstanceOf(RunFinished.class, end, end.toString()));
    }

    private static TrainingConfig fnn(String method, String distribution, String kernels) {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(TrainingConfig.fnnDefaults());
        b.hidden = List.of(64, 32);
        b.epochs = 30;
        b.batchSize = 64;
        b.dropout = 0.3;
        b.method = method;
        b.sparsity = 0.9;
        b.distribution = SparsityDistribution.of(distribution);
        b.methodParams.put("delta_t", 5.0);
        b.kernels = KernelChoice.parse(kernels);
        b.seed = 4;
        return b.build();
    }

    private static void assertSameRun(Run dense, Run sparse, String what) {
        assertFalse(sparse.updates.isEmpty(), what + ": the masks changed during the run");
        assertEquals(dense.updates.size(), sparse.updates.size(), what + ": mask updates");
        for (int i = 0; i < dense.updates.size(); i++) {
            MaskUpdated a = dense.updates.get(i), b = sparse.updates.get(i);
            assertArrayEquals(a.dropped(), b.dropped(), what + ": dropped at update " + i + " of " + a.layer());
            assertArrayEquals(a.grown(), b.grown(), what + ": grown at update " + i + " of " + a.layer());
        }
        for (int e = 0; e < dense.epochs.size(); e++) {
            double l = dense.epochs.get(e).loss();
            assertEquals(l, sparse.epochs.get(e).loss(), 1e-4 * Math.max(1, Math.abs(l)), what + ": loss at epoch " + (e + 1));
        }
        assertEquals(dense.end.metrics().get("test_accuracy"), sparse.end.metrics().get("test_accuracy"), 0.002,
                what + ": test accuracy");
    }

    @Test
    void fnnRigLOnSparseKernelsRepeatsTheDenseKernelRun() {
        Graph g = SyntheticGraphs.planted(600, 4, 120, 7);
        Run dense = run(fnn("rigl", "uniform", "dense"), g);
        Run sparse = run(fnn("rigl", "uniform", "sparse"), g);
        assertSameRun(dense, sparse, "fnn rigl");
        EpochCompleted last = sparse.epochs.get(sparse.epochs.size() - 1);
        assertEquals(List.of("sparse", "sparse", "sparse"), List.copyOf(new java.util.TreeMap<>(last.kernelByLayer()).values()));
        assertTrue(dense.epochs.get(0).kernelByLayer().values().stream().allMatch("dense"::equals));
    }

    @Test
    void fnnSetAndDstEeOnSparseKernelsRepeatTheDenseKernelRuns() {
        Graph g = SyntheticGraphs.planted(400, 4, 80, 8);
        for (String method : List.of("set", "dst-ee")) {
            assertSameRun(run(fnn(method, "erk", "dense"), g), run(fnn(method, "erk", "sparse"), g), "fnn " + method);
        }
    }

    @Test
    void gcnRigLOnSparseKernelsRepeatsTheDenseKernelRun() {
        Graph g = SyntheticGraphs.planted(300, 3, 60, 2);
        TrainingConfigBuilder b = TrainingConfigBuilder.from(TrainingConfig.gcnDefaults());
        b.epochs = 40;
        b.method = "rigl";
        b.sparsity = 0.8;
        b.methodParams.put("delta_t", 5.0);
        b.seed = 1;
        b.kernels = KernelChoice.DENSE;
        Run dense = run(b.build(), g);
        b.kernels = KernelChoice.SPARSE;
        Run sparse = run(b.build(), g);
        assertSameRun(dense, sparse, "gcn rigl");
    }

    @Test
    void autoSwitchesKernelsAsGradualPruningThinsTheLayers() {
        Graph g = SyntheticGraphs.planted(400, 4, 80, 9);
        Run r = run(fnn("gmp", "uniform", "auto"), g);
        EpochCompleted first = r.epochs.get(0), last = r.epochs.get(r.epochs.size() - 1);
        assertEquals("dense", first.kernelByLayer().get("fnn.layer2.weight"), "dense at the start (density 1)");
        assertEquals("sparse", last.kernelByLayer().get("fnn.layer2.weight"), "sparse once pruned to 0.1");
        for (EpochCompleted e : r.epochs) {
            assertEquals(EpochCompleted.TIME_KINDS, List.copyOf(e.millisByKind().keySet()), "kinds in order");
            double sum = e.millisByKind().values().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(e.epochMillis(), sum, 1e-6 * Math.max(1, e.epochMillis()), "the kinds add up to the epoch");
            assertTrue(e.millisByKind().get("forward") > 0 && e.millisByKind().get("backward") > 0, e.millisByKind().toString());
            assertEquals(List.of("fnn.layer1.weight", "fnn.layer2.weight", "fnn.layer3.weight"), List.copyOf(e.millisByLayer().keySet()));
            double layers = e.millisByLayer().values().stream().mapToDouble(Double::doubleValue).sum();
            assertTrue(layers > 0 && layers <= e.millisByKind().get("forward") + e.millisByKind().get("backward"),
                    "the layers' time is part of forward + backward: " + e.millisByLayer() + " " + e.millisByKind());
        }
    }
}
