package org.rendition.documents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DocumentsPackageIndependenceTest {
    @Test
    void documentsUseNothingButTextAndTheFormatLibraries() {
        JavaClasses documents = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rendition.documents");
        classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("org.rendition.documents..", "org.rendition.text..", "java..", "com.ibm.icu..",
                "org.apache.poi..", "org.apache.xmlbeans..", "org.openxmlformats.schemas..", "org.apache.pdfbox..",
                "org.jsoup..", "jakarta.mail..", "jakarta.activation..", "com.sun.jna..",
                "javax.imageio..", "org.w3c.dom..")
            .because("the workflow builds on documents, so documents must not reach back into the engine, "
                + "the store, the workflow or the user interfaces")
            .check(documents);
    }
}
