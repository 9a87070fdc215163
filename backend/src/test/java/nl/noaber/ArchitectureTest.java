package nl.noaber;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.noaber.initiative.InitiativeKind;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of DESIGN.md §2, kept true by the build. */
@AnalyzeClasses(packages = "nl.noaber", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresDoNotDependOnWeb = noClasses()
            .that().resideOutsideOfPackage("nl.noaber.web..")
            .should().dependOnClassesThat().resideInAPackage("nl.noaber.web..");

    @ArchTest
    static final ArchRule identityDependsOnNoOtherFeature = noClasses()
            .that().resideInAPackage("nl.noaber.identity..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.noaber.demo..", "nl.noaber.ops..", "nl.noaber.web..");

    /** DESIGN §2: statistics read only the activity log (and geography, the caller, the kinds of help). */
    @ArchTest
    static final ArchRule statsReadsOnlyTheActivityLog = classes()
            .that().resideInAPackage("nl.noaber.stats..")
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("nl.noaber.stats..",
                            "nl.noaber.activity..", "nl.noaber.geo..", "nl.noaber.identity..", "nl.noaber", "java..",
                            "io.micronaut..", "jakarta..", "org.apache.commons.csv..", "org.slf4j..")
                    .or(JavaClass.Predicates.equivalentTo(InitiativeKind.class)));

    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = classes()
            .that().haveSimpleNameEndingWith("Repository")
            .should().notBePublic();

    @ArchTest
    static final ArchRule controllersArePackagePrivateAndUseNoRepository = classes()
            .that().haveSimpleNameEndingWith("Controller")
            .should().notBePublic()
            .andShould().onlyDependOnClassesThat().haveSimpleNameNotEndingWith("Repository");

    @ArchTest
    static final ArchRule nobodyReadsTheSystemClockDirectly = noClasses()
            .should().callMethod(java.time.Instant.class, "now")
            .because("time comes from the injected Clock (Europe/Amsterdam), so tests can fix it");
}
