package org.sparsegnn.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.embed.EmbeddingConfig;
import org.sparsegnn.engine.model.ModelKind;
import org.sparsegnn.engine.sparsity.DenseMethod;
import org.sparsegnn.engine.testing.SyntheticGraphs;

class SettingsValidatorTest {
    @Test
    void theDefaultsAndEveryPresetAreValid() {
        for (TrainingConfig c : List.of(TrainingConfig.gcnDefaults(), TrainingConfig.fnnDefaults(), TrainingConfig.linkDefaults())) {
            assertEquals(List.of(), SettingsValidator.problems(c));
            for (String preset : ConfigPresets.names()) {
                for (String method : List.of("dense", "slr", "rigl")) {
                    TrainingConfig p = ConfigPresets.apply(preset, c.withMethod(method, 0.5));
                    assertEquals(List.of(), SettingsValidator.problems(p), preset + " " + method + " on " + c.model());
                }
            }
        }
    }

    @Test
    void everyProblemIsListedAndNamesItsSetting() {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(TrainingConfig.gcnDefaults());
        b.sparsity = 1.0;
        b.dropout = -0.1;
        b.hidden = List.of(16, 8);
        b.optimizer = "adagrad";
        b.method = "rigl";
        b.methodParams.put("delta_t", 0.0);
        b.methodParams.put("rho", 1.0);
        List<SettingProblem> problems = SettingsValidator.problems(b.build());
        assertEquals(List.of("hidden", "dropout", "optimizer", "sparsity", "methodParams.delta_t", "methodParams.rho"),
                problems.stream().map(SettingProblem::setting).toList());
        assertEquals("sparsity must be in [0, 1), is 1.0", problems.get(3).sentence());
        assertEquals("optimizer must be one of adam, sgd, is 'adagrad'", problems.get(2).sentence());
        assertTrue(problems.get(5).reason().startsWith("is not a parameter of rigl"), problems.get(5).reason());
    }

    @Test
    void sparsityIsAFractionBelowOne() {
        assertEquals(List.of(), SettingsValidator.problems(TrainingConfig.gcnDefaults().withMethod("rigl", 0.999)));
        assertEquals(List.of(), SettingsValidator.problems(TrainingConfig.gcnDefaults().withMethod("rigl", 0.0)));
        for (double bad : new double[] {1.0, -0.01, Double.NaN}) {
            assertEquals("sparsity", SettingsValidator.problems(TrainingConfig.gcnDefaults().withMethod("rigl", bad)).get(0).setting());
        }
    }

    @Test
    void modelsMustSuitTheTask() {
        TrainingConfigBuilder link = TrainingConfigBuilder.from(TrainingConfig.linkDefaults());
        link.model = ModelKind.GCN;
        link.hidden = List.of(16);
        assertEquals("model must be fnn for link prediction (an FNN on edge features), is 'gcn'",
                SettingsValidator.problems(link.build()).get(0).sentence());
        TrainingConfigBuilder node = TrainingConfigBuilder.from(TrainingConfig.gcnDefaults());
        node.embedding = EmbeddingConfig.deepWalk(64);
        assertEquals(List.of(), SettingsValidator.problems(node.build()), "a GCN on node embeddings (the paper's Fig. 6)");
    }

    @Test
    void theTrainerRefusesAnInvalidConfigWithEveryProblem() {
        TrainingConfigBuilder b = TrainingConfigBuilder.from(TrainingConfig.gcnDefaults());
        b.epochs = 0;
        b.lr = -1;
        TrainingConfig bad = b.build();
        var e = assertThrows(IllegalArgumentException.class, () -> new Trainer(bad,
                Tasks.create(SyntheticGraphs.planted(60, 3, 8, 1), TrainingConfig.gcnDefaults()), new DenseMethod()));
        assertEquals("epochs must be at least 1, is 0; lr must be greater than 0, is -1.0", e.getMessage());
        assertInstanceOf(IllegalArgumentException.class, assertThrows(IllegalArgumentException.class,
                () -> Tasks.create(SyntheticGraphs.planted(60, 3, 8, 1), bad)));
    }
}
