package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.invariants.junit.testkit.ForkedJvm;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JDK 21+ reports an agent loaded into a running JVM. On JDK 25 (skipped, not passed, where there is none): the
 * self-attached default warns; {@code -javaagent:invariants-junit.jar} and {@code -XX:+EnableDynamicAgentLoading},
 * as docs/gradle.md and docs/configuration.md give them, check without the warning, in a Gradle-shaped test JVM (a
 * launcher session in the JVM, options as Gradle's {@code jvmArgs} put them) and under the console launcher.
 */
class DynamicAgentWarningShadedJarTests {

    private static final String FIXTURE = "dev.invariants.junit.fixtures.method.FeeCalculatorTestCase";
    private static final String WARNING = "WARNING: A Java agent has been loaded dynamically";
    private static final String NOTICE = "[invariants] the JVM's next warning, \"A Java agent has been loaded dynamically\","
            + " is invariants-junit attaching itself";

    @ParameterizedTest(name = "{0}, {1}")
    @DisplayName("should warn only for the self-attached default, after our line saying why, and check in every set-up")
    @CsvSource({
        "launcher session, default",
        "launcher session, -javaagent",
        "launcher session, -XX:+EnableDynamicAgentLoading",
        "console launcher, default",
        "console launcher, -javaagent",
        "console launcher, -XX:+EnableDynamicAgentLoading",
    })
    void warning(String launcher, String setUp) throws Exception {
        Path jdk25 = Path.of(System.getenv().getOrDefault("JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        assumeTrue(Files.isExecutable(jdk25.resolve("bin/java")), "no JDK 25 at " + jdk25 + " (set JDK25)");

        ForkedJvm.Outcome run = run(launcher, setUp, jdk25);

        assertThat(run.output()).contains("Invariant [premium-fee-cap] violated: post does not hold");
        if (setUp.equals("default")) {
            assertThat(run.output()).as("the control: attaching warns on this JDK").contains(WARNING);
            // our own line comes first, says the attach is ours and how to silence it
            int ours = run.output().indexOf(NOTICE);
            assertThat(ours).as("our notice before the JVM's warning").isNotNegative()
                    .isLessThan(run.output().indexOf(WARNING));
            assertThat(run.output()).contains("add -XX:+EnableDynamicAgentLoading to the test JVM");
        } else {
            assertThat(run.output()).doesNotContain(WARNING).doesNotContain("loaded dynamically")
                    .doesNotContain(NOTICE);
        }
    }

    private static ForkedJvm.Outcome run(String launcher, String setUp, Path jdk) throws Exception {
        boolean console = launcher.equals("console launcher");
        // The standalone launcher brings the platform and the engines: the user's class path must not.
        ForkedJvm jvm = ForkedJvm.dropping(name -> console && (name.startsWith("junit-jupiter")
                || name.startsWith("junit-platform") || name.startsWith("opentest4j") || name.startsWith("apiguardian")))
                .java(jdk);
        switch (setUp) {
            case "-javaagent" -> jvm.option("-javaagent:" + ForkedJvm.JAR);
            case "-XX:+EnableDynamicAgentLoading" -> jvm.option(setUp);
            default -> { }
        }
        Path reportDir = Files.createTempDirectory("agent-warning");
        if (!console) {
            return jvm.runMain("dev.invariants.junit.testkit.ForkedMain", FIXTURE, "--config=invariants.report.dir=" + reportDir);
        }
        return jvm.runJar(ForkedJvm.COMPAT.resolve("junit-platform-console-standalone.jar"), List.of("execute",
                "--disable-banner", "--details=flat", "--class-path", String.join(File.pathSeparator, jvm.classPath()),
                "--select-class", FIXTURE, "--config", "invariants.report.dir=" + reportDir));
    }
}
