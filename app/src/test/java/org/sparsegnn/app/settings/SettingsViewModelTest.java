package org.sparsegnn.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.graph.Graph;
import org.sparsegnn.engine.graph.io.SampleGraphs;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.sparsity.SparsityDistribution;
import org.sparsegnn.engine.train.TaskKind;
import org.sparsegnn.engine.train.TrainingConfig;

class SettingsViewModelTest {
    private final SettingsViewModel vm = new SettingsViewModel();

    @Test
    void defaultsAreValidAndBecomeAConfig() {
        assertEquals("", vm.problemProperty().get());
        TrainingConfig c = vm.toConfig();
        assertEquals(ModelKind.GCN, c.model());
        assertEquals(TrainingConfig.GCN_EPOCHS, c.epochs());
    }

    @Test
    void paperSettingsSayWhatChangedAndReachTheRunConfig() {
        vm.set(SettingsViewModel.MODEL, "fnn");
        vm.set(SettingsViewModel.METHOD, "rigl");
        String said = vm.applyPaperPreset();
        assertTrue(said.startsWith("Paper settings for FNN + rigl: "), said);
        assertTrue(said.contains("Epochs 300 → 40") && said.contains("LR schedule constant → cosine"), said);
        assertTrue(said.contains("Dropout 0.5 → 0.1") && !said.contains("Adapted"), "no graph loaded: the literal settings; " + said);
        TrainingConfig c = vm.toConfig();
        // the schedule and mini-batches of the paper's FNN recipe must reach the engine, not only the epochs
        assertEquals("sgd", c.optimizer());
        assertEquals("cosine", c.lrSchedule());
        assertEquals(512, c.batchSize());
        assertEquals(40, c.epochs());
        assertEquals(0.5, c.methodParams().get("drop_fraction"));
        assertEquals("The settings already match the paper's for FNN + rigl.", vm.applyPaperPreset());
        assertEquals("", vm.problemProperty().get());
    }

    /** The sample's 140 training nodes: the paper's batch of 512 is one step per epoch, so the preset adapts. */
    @Test
    void paperSettingsAdaptToTheLoadedGraphAndSayWhy() throws Exception {
        vm.adaptTo(SampleGraphs.load(SampleGraphs.DEFAULT));
        vm.set(SettingsViewModel.MODEL, "fnn");
        vm.set(SettingsViewModel.METHOD, "itop");
        String said = vm.applyPaperPreset();
        assertTrue(said.contains(" Adapted to this graph: optimizer sgd → adam (") && said.contains("batch_size 512 → 16 ("), said);
        assertTrue(said.endsWith("\"Paper, literal\" keeps the paper's values."), said);
        TrainingConfig c = vm.toConfig();
        assertEquals("adam", c.optimizer());
        assertEquals(16, c.batchSize());
        assertEquals(List.of("optimizer", "lr", "batch_size", "delta_t"),
                vm.lastAdaptations().stream().map(a -> a.setting()).toList());
        String literal = vm.applyPaperLiteralPreset();
        assertTrue(literal.startsWith("The paper's exact settings for FNN + itop: ") && !literal.contains("Adapted"), literal);
        assertEquals(512, vm.toConfig().batchSize());
        assertEquals("sgd", vm.toConfig().optimizer());
    }

    @Test
    void aSweepGivesEachMethodItsOwnHyperparameters() {
        vm.get("param.drop_fraction").valueProperty().set(0.4);
        assertEquals(0.4, vm.toConfigFor("rigl").methodParams().get("drop_fraction"), "the chosen method: as shown");
        TrainingConfig slr = vm.toConfigFor("slr");
        assertEquals("slr", slr.method());
        assertTrue(!slr.methodParams().containsKey("t_end") && slr.methodParams().containsKey("rho"), slr.methodParams().toString());
        assertEquals(5.0, vm.toConfigFor("set").methodParams().get("delta_t"), "SET's own full-batch ΔT is below the app's 10");
        assertEquals(10.0, vm.toConfigFor("dst-ee").methodParams().get("delta_t"), "full-batch ΔT for another drop-and-grow method");
        assertEquals(vm.toConfig().epochs(), slr.epochs());
    }

    @Test
    void hiddenSizesFollowTheModelUnlessTyped() {
        vm.set(SettingsViewModel.MODEL, "fnn");
        assertEquals("256,128", vm.get(SettingsViewModel.HIDDEN).value(), "FNN's own default");
        vm.set(SettingsViewModel.MODEL, "gcn");
        assertEquals("16", vm.get(SettingsViewModel.HIDDEN).value());
        vm.set(SettingsViewModel.HIDDEN, "32");
        vm.set(SettingsViewModel.MODEL, "fnn");
        assertEquals("32", vm.get(SettingsViewModel.HIDDEN).value(), "a typed size stays");
    }

    @Test
    void aBadValueIsExplainedAndMarked() {
        vm.set(SettingsViewModel.LR, -1.0);
        assertTrue(vm.problemProperty().get().startsWith("Learning rate: must be greater than 0"), vm.problemProperty().get());
        assertTrue(vm.invalidKeys().contains(SettingsViewModel.LR));
        vm.set(SettingsViewModel.LR, 0.01);
        assertEquals("", vm.problemProperty().get());
        vm.set(SettingsViewModel.HIDDEN, "16,x");
        assertTrue(vm.problemProperty().get().startsWith("Hidden sizes:"), vm.problemProperty().get());
    }

    @Test
    void methodParametersComeFromTheEngineAndAreValidated() {
        vm.set(SettingsViewModel.METHOD, "rigl");
        Setting dt = vm.get("param.delta_t");
        assertTrue(dt != null, "rigl describes delta_t");
        dt.valueProperty().set(-5);
        assertTrue(vm.problemProperty().get().startsWith("ΔT (update interval)"), vm.problemProperty().get());
        assertTrue(dt.help().endsWith("(delta_t)"), "the engine key stays in the tooltip: " + dt.help());
        dt.valueProperty().set(10);
        assertEquals("", vm.problemProperty().get());
        assertEquals(10.0, vm.toConfig().methodParams().get("delta_t"));
        vm.set(SettingsViewModel.METHOD, "dense");
        assertEquals(null, vm.get("param.delta_t"));
    }

    @Test
    void theEnginesRangesApply() {
        vm.set(SettingsViewModel.SPARSITY, 0.9995);
        assertEquals("", vm.problemProperty().get(), "sparsity: the engine's [0, 1)");
        vm.set(SettingsViewModel.SPARSITY, 1.0);
        assertEquals("Target sparsity: must be in [0, 1), is 1.0", vm.problemProperty().get());
        assertTrue(vm.invalidKeys().contains(SettingsViewModel.SPARSITY));
        vm.set(SettingsViewModel.SPARSITY, 0.8);
        vm.set(SettingsViewModel.DROPOUT, 0.97);
        assertEquals("", vm.problemProperty().get(), "dropout: the engine's [0, 1)");
        vm.set(SettingsViewModel.MODEL, "fnn");
        vm.set(SettingsViewModel.HIDDEN, "0,8");
        assertEquals("Hidden sizes: sizes must be positive whole numbers, are [0, 8]", vm.problemProperty().get());
    }

    @Test
    void tinyAndDemoPresetsComeFromTheEngine() {
        vm.applyPreset("tiny");
        TrainingConfig c = vm.toConfig();
        assertEquals(List.of(4), c.hidden());
        assertEquals(60, c.epochs());
        assertEquals("rigl", c.method());
        assertEquals(0.5, c.sparsity());
        assertEquals(5.0, c.methodParams().get("delta_t"));
        vm.applyPreset("demo");
        c = vm.toConfig();
        assertEquals(200, c.epochs());
        assertEquals(0.9, c.sparsity());
        assertEquals(10.0, c.methodParams().get("delta_t"));
        assertEquals(List.of(4), c.hidden(), "the demo keeps the model");
    }

    @Test
    void figure7ComparesSlrWithRigl() {
        var configs = vm.fig7Configs();
        assertEquals(2, configs.size());
        assertEquals("slr", configs.get(0).method());
        assertEquals("rigl", configs.get(1).method());
        assertEquals(configs.get(0).sparsity(), configs.get(1).sparsity());
    }

    @Test
    void linkTaskLoadsThePapersLinkModelOnDeepWalkEmbeddings() {
        vm.set(SettingsViewModel.TASK, "link");
        assertEquals("", vm.problemProperty().get());
        TrainingConfig c = vm.toConfig();
        assertEquals(TaskKind.LINK, c.task());
        assertEquals(ModelKind.FNN, c.model());
        assertEquals(List.of(128), c.hidden());
        assertEquals("deepwalk", c.embedding().method());
        assertEquals(16, c.embedding().dimension());
        assertEquals("concat", c.embedding().edgeFeature(), "the engine's link default");
        assertEquals(TrainingConfig.linkDefaults().batchSize(), c.batchSize());
        vm.set(SettingsViewModel.MODEL, "gcn");
        assertTrue(vm.problemProperty().get().startsWith("Model: must be fnn for link prediction"), vm.problemProperty().get());
        vm.set(SettingsViewModel.MODEL, "fnn");
        vm.set(SettingsViewModel.EMBEDDING_TOPK, 3.28);
        vm.set(SettingsViewModel.EDGE_FEATURE, "l1");
        c = vm.toConfig();
        assertEquals(3.28, c.embedding().topkPercent());
        assertEquals("l1", c.embedding().edgeFeature());
        vm.set(SettingsViewModel.TASK, "node");
        assertEquals(ModelKind.GCN, vm.toConfig().model());
        assertEquals("none", vm.toConfig().embedding().method());
    }

    @Test
    void embeddingSettingsAreValidated() {
        vm.set(SettingsViewModel.TASK, "link");
        vm.set(SettingsViewModel.EMBEDDING_TOPK, 150.0);
        assertEquals("Top-k % (sparse): must be in [0, 100] (0 = dense), is 150.0", vm.problemProperty().get());
        assertTrue(vm.invalidKeys().contains(SettingsViewModel.EMBEDDING_TOPK));
        vm.set(SettingsViewModel.EMBEDDING_TOPK, 100.0);
        assertEquals("", vm.problemProperty().get(), "the engine's range: 100 % keeps every entry");
        vm.set(SettingsViewModel.EMBEDDING_TOPK, 0.0);
        vm.set(SettingsViewModel.EMBEDDING_DIM, 0);
        assertEquals("Dimension: must be at least 1, is 0", vm.problemProperty().get());
        vm.set(SettingsViewModel.EMBEDDING_DIM, 16);
        vm.get("embedding.p").valueProperty().set(0.0);
        assertEquals("", vm.problemProperty().get(), "DeepWalk ignores p");
        assertEquals(1.0, vm.toConfig().embedding().p(), "DeepWalk walks are uniform: p only applies to node2vec");
        vm.set(SettingsViewModel.EMBEDDING, "node2vec");
        assertTrue(vm.problemProperty().get().startsWith("node2vec p: must be greater than 0"), vm.problemProperty().get());
        vm.get("embedding.p").valueProperty().set(0.5);
        assertEquals("", vm.problemProperty().get());
        assertEquals(0.5, vm.toConfig().embedding().p());
        vm.toConfig().embedding().params(0); // the engine accepts what the sheet allows
    }

    @Test
    void graphsWithoutFeaturesDefaultToEmbeddings() throws Exception {
        Graph g = SampleGraphs.load("two-clubs");
        vm.adaptTo(g.withFeatures(null)); // e.g. an edge list opened with "Open file…"
        assertEquals("", vm.problemProperty().get());
        TrainingConfig c = vm.toConfig();
        assertEquals(TaskKind.NODE, c.task());
        assertEquals(ModelKind.FNN, c.model());
        assertEquals("deepwalk", c.embedding().method());
        assertEquals(64, c.embedding().dimension());
        vm.set(SettingsViewModel.EMBEDDING, "none");
        assertTrue(vm.problemProperty().get().startsWith("Embedding: this graph has no node features"), vm.problemProperty().get());
        vm.adaptTo(g); // a graph with features: back to the GCN on its features
        assertEquals("", vm.problemProperty().get());
        assertEquals(ModelKind.GCN, vm.toConfig().model());
    }

    @Test
    void defaultsShowSparseTrainingWorkingOnTheSample() {
        assertEquals(0.8, vm.toConfig().sparsity() == 0 ? vm.get(SettingsViewModel.SPARSITY).asDouble() : vm.toConfig().sparsity());
        assertEquals(SparsityDistribution.ERK, vm.toConfig().distribution());
        assertEquals("rigl", vm.toConfig().method(), "a first Run shows drop-and-grow, not dense training");
        assertEquals(0.8, vm.toConfig().sparsity());
        assertEquals(10.0, vm.toConfig().methodParams().get("delta_t"), "full batch: ΔT in epochs, several updates per run");
        vm.set(SettingsViewModel.TASK, "link");
        assertEquals(50.0, vm.toConfig().methodParams().get("delta_t"), "mini-batches: the engine's ΔT");
        vm.set(SettingsViewModel.TASK, "node");
        assertEquals(10.0, vm.toConfig().methodParams().get("delta_t"));
    }

    @Test
    void anEdgeListWithoutLabelsOpensOnLinkPrediction() throws Exception {
        Graph g = SampleGraphs.load("two-clubs");
        vm.adaptTo(new Graph("edges.txt", g.adjacency(), null, null, 0, List.of(),
                Map.of(), false));
        assertEquals("", vm.problemProperty().get());
        assertEquals(TaskKind.LINK, vm.toConfig().task());
        vm.set(SettingsViewModel.TASK, "node");
        assertTrue(vm.problemProperty().get().startsWith("Task: this graph has no node labels"), vm.problemProperty().get());
    }
}
