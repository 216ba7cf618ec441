package org.sparsegnn.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** MVVM boundaries: views never drive the engine's trainer; only the session view-model's service does. */
class ArchitectureTest {
    private final JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.sparsegnn.app");

    @Test
    void viewsDoNotTouchTheTrainer() {
        noClasses().that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Panel")
                .or().haveSimpleName("MainWindow").or().haveSimpleName("WorkbenchApp")
                .should().dependOnClassesThat().resideInAnyPackage("org.sparsegnn.engine.train..", "org.sparsegnn.engine.model..",
                        "org.sparsegnn.engine.nn..")
                .check(app);
    }

    @Test
    void onlyTheTrainingServiceCreatesTrainersAndSessions() {
        noClasses().that().doNotHaveSimpleName("TrainingService").and().doNotHaveSimpleName("Pacer")
                .and().doNotHaveSimpleName("SessionViewModel")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.sparsegnn.engine.train.Trainer")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.sparsegnn.engine.train.TrainingSession")
                .check(app);
    }

    @Test
    void viewModelsAndTheRunModelDoNotDependOnJavaFxControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").or().resideInAnyPackage("org.sparsegnn.app.run..",
                        "org.sparsegnn.app.task..", "org.sparsegnn.app.narration..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(app);
    }

    /** Every package is its own slice (graph and graph.io too); dependencies between them run one way only. */
    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.sparsegnn.app.(**)").should().beFreeOfCycles().check(app);
    }
}
