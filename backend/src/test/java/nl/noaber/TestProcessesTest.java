package nl.noaber;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** ADR 026: the tests' own code, kept from sharing the forked JVM's streams with a child process. */
@AnalyzeClasses(packages = "nl.noaber", importOptions = ImportOption.OnlyIncludeTests.class)
class TestProcessesTest {

    @ArchTest
    static final ArchRule childProcessesDoNotInheritTheTestJvmsStreams = noClasses()
            .should().callMethod(ProcessBuilder.class, "inheritIO")
            .orShould().accessField(ProcessBuilder.Redirect.class, "INHERIT")
            .because("surefire talks to the test JVM over its stdin/stdout; start programs with support/ChildProcess");
}
