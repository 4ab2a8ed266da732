package org.rendition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of STYLE.md: ui and cli call workflow; workflow calls the domain packages;
 * the engine knows nothing of storage or JavaFX; one package owns each outside dependency.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.rendition");
    }

    @Test
    void nothingDependsOnTheUserInterfaceOrCommandLine() {
        noClasses().that().resideOutsideOfPackages("org.rendition.cli..", "org.rendition.ui..")
                .and().doNotHaveFullyQualifiedName("org.rendition.Main")
                .should().dependOnClassesThat().resideInAnyPackage("org.rendition.cli..", "org.rendition.ui..")
                .because("the command line and the workstation are two faces of the same workflow")
                .check(classes);
    }

    @Test
    void engineKnowsNothingOfStorageUserInterfaceOrWorkflow() {
        noClasses().that().resideInAPackage("org.rendition.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rendition.store..", "org.rendition.memory..",
                        "org.rendition.glossary..", "org.rendition.history..", "org.rendition.documents..",
                        "org.rendition.workflow..", "java.sql..", "javafx..")
                .because("the engine runs headless in the CLI, the benchmark and tests")
                .check(classes);
    }

    @Test
    void textDependsOnNoOtherRenditionPackage() {
        noClasses().that().resideInAPackage("org.rendition.text..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rendition.engine..", "org.rendition.workflow..",
                        "org.rendition.store..", "org.rendition.documents..")
                .check(classes);
    }

    @Test
    void onlyTheEngineUsesDjl() {
        noClasses().that().resideOutsideOfPackage("org.rendition.engine..")
                .should().dependOnClassesThat().resideInAPackage("ai.djl..")
                .because("DJL native resources are owned and closed in one place")
                .check(classes);
    }

    @Test
    void onlyTheStoreWritesSql() {
        noClasses().that().resideOutsideOfPackage("org.rendition.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(classes);
    }

    @Test
    void workflowDoesNotReachIntoUserInterfaces() {
        noClasses().that().resideInAPackage("org.rendition.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..")
                .check(classes);
    }

    @Test
    void theWorkstationReachesOnlyWorkflowAndValueTypes() {
        noClasses().that().resideInAPackage("org.rendition.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rendition.engine.pack..",
                        "org.rendition.engine.model..", "org.rendition.engine.tokenize..", "org.rendition.documents..",
                        "org.rendition.store..", "org.rendition.memory..", "org.rendition.glossary..",
                        "org.rendition.history..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.rendition.engine.TranslationEngine")
                .because("view models call workflow use cases; they pass languages and cancel signals, no more")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToStandardOutput() {
        noClasses().that().resideOutsideOfPackage("org.rendition.cli..")
                .should().accessField(System.class, "out")
                .because("standard output carries the translation; anything else there corrupts it")
                .check(classes);
    }
}
