package org.sparsegnn.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is a plain library: no JavaFX, no AWT windows, nothing from the app. */
class EngineArchitectureTest {
    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sparsegnn.engine");

    @Test
    void engineHasClasses() {
        // guards against the rules below passing vacuously on an empty import
        org.junit.jupiter.api.Assertions.assertTrue(engine.size() > 10, "imported " + engine.size() + " classes");
    }

    @Test
    void engineDoesNotUseJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..")
                .check(engine);
    }

    @Test
    void engineDoesNotDependOnApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.sparsegnn.app..").check(engine);
    }

    @Test
    void libraryPackagesDoNotDependOnCli() {
        noClasses().that().resideOutsideOfPackage("org.sparsegnn.engine.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sparsegnn.engine.cli..", "picocli..")
                .check(engine);
    }

    /** Every package is its own slice (graph and graph.io too); dependencies between them run one way only. */
    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.sparsegnn.engine.(**)").should().beFreeOfCycles().check(engine);
    }
}
