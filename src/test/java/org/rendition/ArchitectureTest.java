package org.rendition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rendition.arch.AllowedDependency;
import org.rendition.arch.ValueType;

/**
 * The arrows of STYLE.md, held by ArchUnit (as JabRef's {@code MainArchitectureTest}): the window
 * and the command line call {@code workflow}; {@code workflow} calls the domain packages; the
 * engine knows nothing of storage or JavaFX; one package owns each outside dependency; no package
 * cycles. A class that must break a rule says so with {@link AllowedDependency} and its reason.
 */
class ArchitectureTest {
    private static final String ROOT = "org.rendition";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void layersAreCalledOnlyFromAbove() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Entry point").definedBy(ROOT)
                .layer("Faces").definedBy(ROOT + ".cli..", ROOT + ".ui..")
                .layer("Benchmark").definedBy(ROOT + ".bench..")
                .layer("Workflow").definedBy(ROOT + ".workflow..")
                .layer("Store").definedBy(ROOT + ".store..")
                .layer("Domain").definedBy(ROOT + ".documents..", ROOT + ".memory..", ROOT + ".glossary..",
                        ROOT + ".history..", ROOT + ".qa..")
                .layer("Engine").definedBy(ROOT + ".engine..")
                .layer("Text").definedBy(ROOT + ".text..")
                .layer("Architecture annotations").definedBy(ROOT + ".arch..")
                .whereLayer("Faces").mayOnlyBeAccessedByLayers("Entry point")
                .whereLayer("Benchmark").mayOnlyBeAccessedByLayers("Faces")
                .whereLayer("Workflow").mayOnlyBeAccessedByLayers("Faces", "Benchmark")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Workflow")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Store", "Workflow", "Benchmark", "Faces")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Workflow", "Benchmark", "Faces", "Entry point")
                .whereLayer("Text").mayOnlyBeAccessedByLayers("Engine", "Domain", "Store", "Workflow", "Benchmark",
                        "Faces")
                .because("each layer is called only by the layers above it; the engine runs headless, the "
                        + "domain packages know nothing of the model, and only workflow opens the store")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles()
                .because("a cycle makes two packages one; each sub-package of workflow reads on its own")
                .check(classes);
    }

    @Test
    void commandLineAndWindowReachOnlyWorkflowAndValueTypes() {
        classes().that().resideInAnyPackage(ROOT + ".cli..", ROOT + ".ui..")
                .should().onlyDependOnClassesThat(faceMayUse())
                .because("the window and the command line are two faces of the same use cases: they hold "
                        + "values (segments, languages, matches) but do their work through workflow")
                .check(classes);
    }

    @Test
    void textUsesNothingButTheJdkIcuAndLingua() {
        classes().that().resideInAPackage(ROOT + ".text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".text..", ROOT + ".arch..", "java..", "javax.xml..",
                        "com.ibm.icu..", "com.github.pemistahl.lingua.api..")
                .because("the engine, documents and the command line build on text, so text must not reach back "
                        + "into them, nor into JavaFX, SQLite or DJL")
                .check(classes);
    }

    @Test
    void memoryGlossaryAndHistoryStandAlone() {
        String[] domain = {"memory", "glossary", "history"};
        for (String own : domain) {
            for (String other : domain) {
                if (!own.equals(other)) {
                    noClasses().that().resideInAPackage(ROOT + "." + own + "..")
                            .should().dependOnClassesThat().resideInAPackage(ROOT + "." + other + "..")
                            .because("each domain package is tested and reused on its own; workflow joins them")
                            .check(classes);
                }
            }
        }
    }

    @Test
    void theProductNeverActsAsAnotherAccount() {
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".workflow.profile.Installation")
                .should().callMethod(ROOT + ".workflow.profile.Installation", "overrideForTests",
                        ROOT + ".workflow.profile.Installation")
                .because("who acts comes from the operating system; only tests may stand in for another account")
                .check(classes);
    }

    @Test
    void onlyTheEngineUsesDjl() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".engine..")
                .should().dependOnClassesThat().resideInAPackage("ai.djl..")
                .because("DJL native resources are owned and closed in one place")
                .check(classes);
    }

    @Test
    void onlyTheStoreUsesSql() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
                .because("one package owns the schema and every statement")
                .check(classes);
    }

    @Test
    void onlyTheWindowUsesJavaFxAndOnlyTheCommandLineUsesPicocli() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".ui..")
                .and().doNotHaveFullyQualifiedName(ROOT + ".Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..")
                .because("the engine, the use cases and the command line run without a display")
                .check(classes);
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToStandardOutputOrError() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .and(notAllowedToBreak(AllowedDependency.Rule.STANDARD_STREAMS))
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("standard output carries the translation; anything else there corrupts it")
                .check(classes);
    }

    /** Classes of the faces, the use cases, outside libraries and the JDK, and annotated value types. */
    private static DescribedPredicate<JavaClass> faceMayUse() {
        return DescribedPredicate.describe("workflow, the faces, a value type or a class outside Rendition",
                target -> {
                    JavaClass type = target.getBaseComponentType();
                    String pkg = type.getPackageName();
                    return !pkg.startsWith(ROOT) || pkg.equals(ROOT)
                            || inAny(pkg, ".cli", ".ui", ".workflow", ".bench", ".arch")
                            || isValueType(type);
                });
    }

    private static boolean isValueType(JavaClass type) {
        JavaClass outer = type;
        while (true) {
            if (outer.isAnnotatedWith(ValueType.class)) {
                return true;
            }
            if (outer.getEnclosingClass().isEmpty()) {
                return false;
            }
            outer = outer.getEnclosingClass().get();
        }
    }

    private static boolean inAny(String pkg, String... subPackages) {
        for (String sub : subPackages) {
            String name = ROOT + sub;
            if (pkg.equals(name) || pkg.startsWith(name + ".")) {
                return true;
            }
        }
        return false;
    }

    private static DescribedPredicate<JavaClass> notAllowedToBreak(AllowedDependency.Rule rule) {
        return DescribedPredicate.describe("not allowed to break " + rule, type -> type
                .tryGetAnnotationOfType(AllowedDependency.class.getName())
                .map(annotation -> !((JavaEnumConstant) annotation.get("rule").orElseThrow()).name().equals(rule.name()))
                .orElse(true));
    }
}
