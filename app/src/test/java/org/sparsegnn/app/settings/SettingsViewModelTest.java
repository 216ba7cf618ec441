package org.sparsegnn.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sparsegnn.engine.train.TrainingConfig;

class SettingsViewModelTest {
    private final SettingsViewModel vm = new SettingsViewModel();

    @Test
    void defaultsAreValidAndBecomeAConfig() {
        assertEquals("", vm.problemProperty().get());
        TrainingConfig c = vm.toConfig();
        assertEquals("gcn", c.model());
        assertEquals(200, c.epochs());
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
        assertTrue(vm.problemProperty().get().startsWith("delta_t"), vm.problemProperty().get());
        dt.valueProperty().set(10);
        assertEquals("", vm.problemProperty().get());
        assertEquals(10.0, vm.toConfig().methodParams().get("delta_t"));
        vm.set(SettingsViewModel.METHOD, "dense");
        assertEquals(null, vm.get("param.delta_t"));
    }

    @Test
    void figure7ComparesSlrWithRigl() {
        var configs = vm.fig7Configs();
        assertEquals(2, configs.size());
        assertEquals("slr", configs.get(0).method());
        assertEquals("rigl", configs.get(1).method());
        assertEquals(configs.get(0).sparsity(), configs.get(1).sparsity());
    }
}
