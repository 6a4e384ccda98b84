package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.testkit.ForkedJvm;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The console launcher over the shaded jar with a coverage gate: a selection of part of the suite is not gated. */
class PartialRunShadedJarTests {

    private static final String FIXTURES = "dev.invariants.junit.fixtures.method.";

    @Test
    @DisplayName("should run one --select-method test, print the partial-run line and JUnit's summary, and exit 0")
    void selectMethod() throws Exception {
        ForkedJvm.Outcome outcome = console("--select-method", FIXTURES + "FeeCalculatorTestCase#chargesBasicFees");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("[invariants] 3 invariants: 1 checked, 2 unchecked, 0 violated, 0 broken; coverage 33.3% over 1 test")
                // In scope: calculateFee's three invariants, which the test called (one checked, two whose pre was false).
                .contains("[invariants] partial run: 3 of 3 invariants in scope (a method selected)")
                .contains("1 tests successful").doesNotContain("GateFailure", "is below the minimum");
    }

    @Test
    @DisplayName("should still gate a class-path scan, the whole suite")
    void scanClassPath() throws Exception {
        ForkedJvm.Outcome outcome = console("--select-package", FIXTURES.substring(0, FIXTURES.length() - 1),
                "--include-classname", ".*FeeCalculatorTestCase");

        assertThat(outcome.output()).contains("invariant coverage").doesNotContain("partial run:");
    }

    private static ForkedJvm.Outcome console(String... selection) throws Exception {
        Path reportDir = Files.createTempDirectory("partial");
        ForkedJvm jvm = ForkedJvm.dropping(name -> name.startsWith("junit-jupiter") || name.startsWith("junit-platform")
                || name.startsWith("junit-vintage") || name.startsWith("opentest4j") || name.startsWith("apiguardian"));
        List<String> arguments = new ArrayList<>(List.of("execute", "--disable-banner", "--details=summary",
                "--class-path", String.join(File.pathSeparator, jvm.classPath())));
        arguments.addAll(List.of(selection));
        arguments.addAll(List.of("--config", "invariants.report.dir=" + reportDir,
                "--config", "invariants.scan.packages=" + FIXTURES.substring(0, FIXTURES.length() - 1),
                "--config", "invariants.gate.min-coverage=1"));
        return jvm.runJar(ForkedJvm.COMPAT.resolve("junit-platform-console-standalone.jar"), arguments);
    }
}
