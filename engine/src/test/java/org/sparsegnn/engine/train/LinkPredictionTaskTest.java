package org.sparsegnn.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparsegnn.engine.embed.EmbeddingConfig;
import org.sparsegnn.engine.embed.EmbeddingProgress;
import org.sparsegnn.engine.events.MaskUpdated;
import org.sparsegnn.engine.events.RunFinished;
import org.sparsegnn.engine.events.TrainingEvent;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.nn.KernelChoice;
import org.sparsegnn.engine.graph.GraphGenerators;
import org.sparsegnn.engine.sparsity.SparsityMethods;

class LinkPredictionTaskTest {
    @TempDir
    static Path cache;
    private static String previousCache;

    @BeforeAll
    static void useTempCache() {
        previousCache = System.getProperty("sparsegnn.cache");
        System.setProperty("sparsegnn.cache", cache.toString());
    }

    @AfterAll
    static void restoreCache() {
        if (previousCache == null) System.clearProperty("sparsegnn.cache");
        else System.setProperty("sparsegnn.cache", previousCache);
    }

    /** Four communities, mean degree 12, 90 % of edges inside a community: links are predictable. */
    static Graph communities() {
        return GraphGenerators.stochasticBlockModel("sbm",
                new GraphGenerators.SbmSpec(400, 4, 12, 0.9, 8, 2, 0.5, 20, 40), 3);
    }

    static TrainingConfig linkConfig(String method, double sparsity, double topk) {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(TrainingConfig.linkDefaults());
        b.epochs = 8;
        b.method = method;
        b.sparsity = sparsity;
        b.embedding = new EmbeddingConfig("deepwalk", 16, 20, 10, 5, 5, 1, 1, 1, topk, "hadamard", 0.1, 0.1, 1);
        return b.build();
    }

    @Test
    void denseLinkModelSeparatesEdgesFromNonEdges() {
        TrainingConfig cfg = linkConfig("dense", 0, 0);
        LinkPredictionTask task = EmbeddingTasks.link(communities(), cfg, EmbeddingProgress.NONE);
        TrainingEvent end = new Trainer(cfg, task, SparsityMethods.create(cfg.methodSpec())).weightSnapshots(false).run();
        RunFinished f = assertInstanceOf(RunFinished.class, end, end.toString());
        // Within a community edges are random, so the best possible AUC is about
        // P(pos in-community)·P(neg across) + ½·(ties) = 0.9·0.75 + ½·(0.9·0.25 + 0.1·0.75) ≈ 0.825.
        assertTrue(f.metrics().get("test_auc") > 0.78, f.metrics().toString());
        assertTrue(f.metrics().get("test_accuracy") > 0.72, f.metrics().toString());
        assertTrue(f.metrics().get("test_ap") > 0.7, f.metrics().toString());
        assertTrue(f.metrics().get("embedding_seconds") > 0);
        assertEquals(1.0, task.inputDensity(), 1e-9);
    }

    @Test
    void sparseMethodsRunUnchangedOnTheLinkTaskAndSparseEmbeddingsCutFlops() {
        TrainingConfig dense = linkConfig("dense", 0, 3.28);
        LinkPredictionTask sparseInputs = EmbeddingTasks.link(communities(), dense, EmbeddingProgress.NONE);
        assertTrue(sparseInputs.inputDensity() < 0.05, "Hadamard of top-3.28% embeddings: " + sparseInputs.inputDensity());
        RunFinished d = (RunFinished) new Trainer(dense, sparseInputs, SparsityMethods.create(dense.methodSpec())).weightSnapshots(false).run();
        TrainingConfig denseEmb = linkConfig("dense", 0, 0);
        RunFinished full = (RunFinished) new Trainer(denseEmb, EmbeddingTasks.link(communities(), denseEmb, EmbeddingProgress.NONE),
                SparsityMethods.create(denseEmb.methodSpec())).weightSnapshots(false).run();
        double cut = full.metrics().get("training_flops") / d.metrics().get("training_flops");
        assertTrue(cut > 5, "sparse embeddings cut training FLOPs " + cut + "x");

        TrainingConfig rigl = linkConfig("rigl", 0.9, 0);
        List<TrainingEvent> events = new ArrayList<>();
        TrainingEvent end = new Trainer(rigl, EmbeddingTasks.link(communities(), rigl, EmbeddingProgress.NONE),
                SparsityMethods.create(rigl.methodSpec())).weightSnapshots(false).addListener(events::add).run();
        RunFinished r = assertInstanceOf(RunFinished.class, end, end.toString());
        assertEquals(0.9, r.metrics().get("sparsity"), 0.02);
        assertTrue(r.metrics().get("test_auc") > 0.72, r.metrics().toString());
        assertTrue(events.stream().anyMatch(e -> e instanceof MaskUpdated), "RigL publishes its mask updates");
        assertTrue(r.metrics().get("training_flops") < full.metrics().get("training_flops"));
    }

    @Test
    void rigLOnSparseKernelsRepeatsTheDenseKernelRunOnDenseAndTopKEmbeddings() {
        for (double topk : new double[] {0, 30}) {
            List<List<int[]>> updates = new ArrayList<>();
            List<Double> accuracy = new ArrayList<>();
            for (String kernels : List.of("dense", "sparse")) {
                TrainingConfig cfg = linkConfig("rigl", 0.9, topk).withKernels(KernelChoice.parse(kernels)).withMethodParam("delta_t", 20);
                List<int[]> u = new ArrayList<>();
                TrainingEvent end = new Trainer(cfg, EmbeddingTasks.link(communities(), cfg, EmbeddingProgress.NONE),
                        SparsityMethods.create(cfg.methodSpec())).weightSnapshots(false).addListener(e -> {
                            if (e instanceof MaskUpdated m) {
                                u.add(m.dropped());
                                u.add(m.grown());
                            }
                            if (e instanceof org.sparsegnn.engine.events.EpochCompleted ec && kernels.equals("sparse")) {
                                assertEquals(kernels, ec.kernelByLayer().get("fnn.layer1.weight"), "top-k " + topk);
                            }
                        }).run();
                accuracy.add(assertInstanceOf(RunFinished.class, end, end.toString()).metrics().get("test_accuracy"));
                updates.add(u);
            }
            assertFalse(updates.get(0).isEmpty(), "the masks changed");
            assertEquals(updates.get(0).size(), updates.get(1).size());
            for (int i = 0; i < updates.get(0).size(); i++) {
                assertArrayEquals(updates.get(0).get(i), updates.get(1).get(i), "top-k " + topk + ", mask change " + i);
            }
            assertEquals(accuracy.get(0), accuracy.get(1), 0.002, "top-k " + topk);
        }
    }

    @Test
    void nodeClassificationOnEmbeddingsForAGraphWithoutFeatures() {
        Graph g = communities().withFeatures(null);
        TrainingConfigBuilder b = TrainingConfigBuilder.from(TrainingConfig.fnnDefaults());
        b.epochs = 60;
        b.embedding = new EmbeddingConfig("deepwalk", 32, 20, 10, 5, 5, 1, 1, 1, 0, "hadamard", 0.1, 0.1, 1);
        TrainingConfig cfg = b.build();
        Task task = Tasks.create(g, cfg);
        RunFinished f = (RunFinished) new Trainer(cfg, task, SparsityMethods.create(cfg.methodSpec())).weightSnapshots(false).run();
        assertTrue(f.metrics().get("test_accuracy") > 0.6, "4 classes, chance 0.25: " + f.metrics());
    }
}
