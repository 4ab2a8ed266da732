package org.rendition.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the arrows of the storage half true: see STYLE.md, "The shape of the code". */
class MemoryArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.rendition");

    @Test
    void onlyStoreTouchesSql() {
        noClasses().that().resideOutsideOfPackage("org.rendition.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
                .check(CLASSES);
    }

    @Test
    void domainPackagesKnowNothingOfStorageWorkflowOrInterfaces() {
        noClasses().that().resideInAnyPackage("org.rendition.memory..", "org.rendition.glossary..",
                        "org.rendition.history..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rendition.store..", "org.rendition.workflow..",
                        "org.rendition.cli..", "org.rendition.ui..", "ai.djl..", "javafx..")
                .check(CLASSES);
    }

    @Test
    void domainPackagesDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("org.rendition.memory..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rendition.glossary..", "org.rendition.history..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.rendition.glossary..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rendition.memory..", "org.rendition.history..")
                .check(CLASSES);
    }

    @Test
    void storageAndWorkflowNeverReachTheInterfaces() {
        noClasses().that().resideInAnyPackage("org.rendition.store..", "org.rendition.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rendition.cli..", "org.rendition.ui..",
                        "ai.djl..", "javafx..")
                .check(CLASSES);
    }
}
