package org.rendition.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class TextPackageIndependenceTest {
    @Test
    void textPackageUsesNothingButTheJdkIcuAndLingua() {
        JavaClasses text = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rendition.text");
        classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("org.rendition.text..", "java..", "com.ibm.icu..",
                "com.github.pemistahl.lingua.api..")
            .because("the engine, documents and CLI build on text, so text must not reach back "
                + "into them, nor into JavaFX, SQLite or DJL")
            .check(text);
    }
}
