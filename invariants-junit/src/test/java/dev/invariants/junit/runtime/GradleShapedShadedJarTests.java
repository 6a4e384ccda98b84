package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.testkit.ForkedJvm;
import dev.invariants.junit.testkit.ReportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A test JVM set up the way Gradle's {@code test} task sets one up (no Gradle runs here; docs/gradle.md says
 * what was not run): the project directory as working directory, Gradle's output layout on the class path
 * ({@code build/classes/java/main}, {@code build/classes/java/test}, {@code build/resources/test}), settings
 * from {@code junit-platform.properties} and from {@code systemProperty} (a {@code -D}), and a launcher
 * session whose discovery request carries class selectors and no configuration parameters.
 */
class GradleShapedShadedJarTests {

    private static final String PACKAGE = "dev/invariants/junit/fixtures/method/";

    private static Path project;
    private static ForkedJvm.Outcome run;

    @BeforeAll
    static void runLikeGradle() throws Exception {
        project = Files.createTempDirectory("gradle-project");
        Path main = project.resolve("build/classes/java/main");
        Path test = project.resolve("build/classes/java/test");
        Path resources = project.resolve("build/resources/test");
        copy(main, PACKAGE, "FeeCalculator.class", "Tier.class");
        // Never loaded by the test: only the scan of build/classes/java/main can declare its two invariants.
        copy(main, "dev/invariants/junit/fixtures/concurrency/", "Counter.class");
        copy(test, PACKAGE, "FeeCalculatorTestCase.class");
        // Test output is never scanned: these four must not be declared.
        copy(test, "dev/invariants/junit/fixtures/account/", "Account.class");
        Files.createDirectories(resources);
        Files.writeString(resources.resolve("junit-platform.properties"), """
                invariants.report.dir=build/invariants
                invariants.gate.min-coverage=1.0
                """);
        run = ForkedJvm.dropping(name -> false).directory(project)
                .prepend(resources).prepend(test).prepend(main)
                .option("-Dinvariants.report.build-id=gradle-build-7")
                // What Gradle sets in each test worker: the classes come from Gradle's scan, the whole suite.
                .option("-Dorg.gradle.test.worker=1")
                .runMain("dev.invariants.junit.testkit.ForkedMain", "dev.invariants.junit.fixtures.method.FeeCalculatorTestCase");
    }

    @Test
    @DisplayName("should check the classes of build/classes/java/main and fail the violating test")
    void checks() {
        assertThat(run.output()).contains("### capsPremiumFees() SUCCESSFUL", "### exceedsTheCapForHugePremiumAmounts() FAILED",
                "Invariant [premium-fee-cap] violated: post does not hold");
    }

    @Test
    @DisplayName("should take junit-platform.properties from build/resources/test: the report in build/invariants")
    void reportUnderBuild() {
        ReportFiles report = ReportFiles.read(project.resolve("build/invariants"));
        // The declared set is build/classes/java/main (FeeCalculator's 3, Counter's 2), not build/classes/java/test.
        assertThat(report.summary().get("declared").getAsInt()).isEqualTo(5);
        assertThat(report.root().get("build").getAsString()).isEqualTo("gradle-build-7");
        assertThat(project.resolve("build/invariants/index.html")).isRegularFile();
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    @DisplayName("should fail the run at session close when the gate from junit-platform.properties is not met")
    void gate() {
        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("invariant coverage 40.0% is below the minimum 100.0%"
                + " (invariants.gate.min-coverage=1.0)");
    }

    private static void copy(Path root, String pkg, String... classFiles) throws IOException {
        Path dir = Files.createDirectories(root.resolve(pkg));
        for (String classFile : List.of(classFiles)) {
            try (InputStream in = GradleShapedShadedJarTests.class.getResourceAsStream("/" + pkg + classFile)) {
                Files.copy(in, dir.resolve(classFile));
            }
        }
    }
}
