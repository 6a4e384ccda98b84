package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs after {@code package} (Failsafe): a fresh JVM with the shaded jar where users have it, on a
 * class path without our unrelocated dependencies, over a fixture with a violation.
 */
class ShadedJarTests {

    private static final Path JAR = Path.of(System.getProperty("invariants.shadedJar"));

    @Test
    @DisplayName("should relocate its dependencies and declare the agent in the manifest")
    void jarContents() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(e -> e.getName()).toList();
            // No Janino any more: expressions are compiled by our own compiler (internal.expr).
            assertThat(names).noneMatch(n -> n.startsWith("net/bytebuddy/") || n.contains("org/codehaus/"))
                    .anyMatch(n -> n.startsWith("dev/invariants/shaded/net/bytebuddy/agent/"));
            assertThat(jar.getManifest().getMainAttributes().getValue("Premain-Class"))
                    .isEqualTo("dev.invariants.junit.internal.agent.Premain");
        }
        String reducedPom = Files.readString(JAR.resolveSibling("dependency-reduced-pom.xml"));
        String dependencies = reducedPom.substring(reducedPom.lastIndexOf("<dependencies>"),
                reducedPom.lastIndexOf("</dependencies>"));
        assertThat(dependencies).contains("<artifactId>opentest4j</artifactId>", "<artifactId>invariants-api</artifactId>")
                .doesNotContain("<artifactId>byte-buddy</artifactId>", "<artifactId>byte-buddy-agent</artifactId>",
                        "<artifactId>janino</artifactId>", "<artifactId>commons-compiler</artifactId>");
    }

    @Test
    @DisplayName("should keep the application's own copies of the libraries it relocates out of weaving")
    void relocationKeepsTheFilter() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, null)) {
            Method excluded = Class.forName("dev.invariants.junit.internal.weave.ClassFilter", true, loader)
                    .getMethod("isExcluded", String.class);
            // The shade plugin rewrites string literals that name a relocated package; these must survive it.
            for (String name : List.of("net/bytebuddy/ByteBuddy", "org/codehaus/janino/SimpleCompiler",
                    "org/codehaus/commons/compiler/CompileException", "io/github/classgraph/ClassGraph",
                    "dev/invariants/shaded/net/bytebuddy/ByteBuddy")) {
                assertThat(excluded.invoke(null, name)).as(name).isEqualTo(true);
            }
            assertThat(excluded.invoke(null, "com/acme/Account")).isEqualTo(false);
        }
    }

    @Test
    @DisplayName("should check invariants with zero set-up, loading its agent in the test JVM itself")
    void selfAttached() throws Exception {
        Forked run = fork(List.of("-Dinvariants.debug.timing=true"));

        assertThat(run.output).contains("### capsPremiumFees() SUCCESSFUL", "### chargesBasicFees() SUCCESSFUL",
                "### exceedsTheCapForHugePremiumAmounts() FAILED",
                "dev.invariants.junit.InvariantViolationError: Invariant [premium-fee-cap] violated: post does not hold");
        assertThat(run.output).contains("[invariants] timing: attached in this JVM").doesNotContain("helper JVM");
        // The attach listener is started with SIGQUIT and a trigger file: had the JVM not seen the file, it would dump its threads.
        assertThat(run.output).doesNotContain("Full thread dump");
    }

    @Test
    @DisplayName("should never signal a JVM started with -Xrs (SIGQUIT would end it), and use a listener started with it")
    void reducedSignalUsage() throws Exception {
        Forked listening = fork(List.of("-Xrs", "-XX:+StartAttachListener", "-Dinvariants.debug.timing=true"));
        Forked plain = fork(List.of("-Xrs", "-Dinvariants.debug.timing=true"));

        assertThat(listening.output).contains("[invariants] timing: attached in this JVM")
                .contains("Invariant [premium-fee-cap] violated: post does not hold");
        // Not in this JVM, which would have to signal itself: the helper JVM attaches instead, and the JVM lives on.
        assertThat(plain.output).contains("[invariants] timing: attaching from a helper JVM")
                .doesNotContain("attached in this JVM")
                .contains("Invariant [premium-fee-cap] violated: post does not hold", "### chargesBasicFees() SUCCESSFUL");
        assertThat(plain.exitCode).as(plain.output).isZero();
    }

    @Test
    @DisplayName("should replace a dead attach socket an earlier process with the same pid left behind")
    void staleAttachSocket() throws Exception {
        Forked run = fork(List.of("-Dinvariants.debug.timing=true"),
                "dev.invariants.junit.fixtures.method.FeeCalculatorTestCase", "--stale-attach-socket");

        assertThat(run.output).contains("[invariants] timing: attached in this JVM").doesNotContain("helper JVM")
                .contains("### exceedsTheCapForHugePremiumAmounts() FAILED",
                        "Invariant [premium-fee-cap] violated: post does not hold");
    }

    @Test
    @DisplayName("should compile checks ahead of their first call, still fail that call's test with its violation (type invariants too), and fail the session on a definition error")
    void compiledAhead() throws Exception {
        Forked run = fork(List.of("-Dinvariants.debug.timing=true"), "dev.invariants.junit.fixtures.ahead.CompiledAheadTestCase");

        assertThat(run.output)
                .contains("compiled the checks of dev.invariants.junit.fixtures.method.FeeCalculator (invariants-compile)")
                .contains("compiled the checks of dev.invariants.junit.fixtures.broken.BrokenDefinitions (invariants-compile)")
                .doesNotContain("(main)")
                .contains("### violatesACheckCompiledAhead() FAILED",
                        "InvariantViolationError: Invariant [premium-fee-cap] violated: post does not hold")
                .contains("compiled the checks of dev.invariants.junit.fixtures.account.Account (invariants-compile)")
                .contains("### overdrawsAnAccountCompiledAhead() FAILED",
                        "Invariant [balance-non-negative] violated: type invariant does not hold after withdraw(long)")
                .contains("### reachesABrokenDefinitionCompiledAhead() SUCCESSFUL")
                .contains("1 invariant definition error: the tests ran without checking it and kept their own outcomes",
                        "    @Invariant syntax on dev.invariants.junit.fixtures.broken.BrokenDefinitions.syntax(BrokenDefinitions.java:9), "
                                + "attribute `post`: [result >] does not compile: ");
        assertThat(run.exitCode).as("the session's close failed the run").isNotZero();
    }

    @Test
    @DisplayName("should check invariants attached from a helper JVM, the way it attaches where it cannot load the agent itself")
    void attachedFromHelperJvm() throws Exception {
        Forked run = fork(List.of("-Dinvariants.debug.timing=true", "-Dinvariants.debug.helper-jvm=true"));

        assertThat(run.output).contains("[invariants] timing: attaching from a helper JVM")
                .doesNotContain("attached in this JVM")
                .contains("### exceedsTheCapForHugePremiumAmounts() FAILED",
                        "Invariant [premium-fee-cap] violated: post does not hold");
    }

    @Test
    @DisplayName("should fail the run, saying why and what to do, when the JVM cannot be instrumented")
    void cannotInstrument() throws Exception {
        Forked run = fork(List.of("-XX:+DisableAttachMechanism"));

        assertThat(run.output).contains("[invariants] cannot check invariants: this JVM cannot be instrumented")
                .contains("-javaagent:<path to invariants-junit.jar>", "invariants.enabled=false")
                .doesNotContain("Invariant [premium-fee-cap] violated");
        assertThat(run.exitCode).isNotZero();
    }

    @Test
    @DisplayName("should check invariants as a -javaagent, without a dynamic attach")
    void asJavaAgent() throws Exception {
        Forked run = fork(List.of("-javaagent:" + JAR));

        assertThat(run.output).contains("### exceedsTheCapForHugePremiumAmounts() FAILED",
                "Invariant [premium-fee-cap] violated: post does not hold");
        assertThat(run.output).doesNotContain("loaded dynamically");
    }

    @Test
    @DisplayName("should give woven classes their original bytes back when the test plan sets invariants.enabled=false")
    void disabledByThePlan() throws Exception {
        // The transformer is installed when the session opens, and discovery loads FeeCalculator.
        String fixture = "dev.invariants.junit.fixtures.method.FeeCalculatorAtDiscoveryTestCase";
        Forked checked = fork(List.of(), fixture);
        Forked disabled = fork(List.of("-Dinvariants.debug.timing=true"), fixture, "--config=invariants.enabled=false");

        assertThat(checked.output).as("the control: checked, the test fails")
                .contains("### exceedsTheCapForHugePremiumAmounts() FAILED", "Invariant [premium-fee-cap] violated");
        assertThat(disabled.output).contains("[invariants] timing: installed the transformer (background)")
                .contains("[invariants] timing: switched off by the test plan: transformer removed, 1 classes restored")
                .contains("### exceedsTheCapForHugePremiumAmounts() SUCCESSFUL")
                .doesNotContain("violated").doesNotContain("compiled the checks");
        assertThat(disabled.exitCode).isZero();
    }

    private record Forked(String output, int exitCode) {}

    private static Forked fork(List<String> jvmOptions) throws Exception {
        return fork(jvmOptions, "dev.invariants.junit.fixtures.method.FeeCalculatorTestCase");
    }

    /** Runs {@code ForkedMain} with the arguments: fixture classes and {@code --config=key=value}. */
    private static Forked fork(List<String> jvmOptions, String... arguments) throws Exception {
        List<String> classPath = new ArrayList<>();
        classPath.add(JAR.toString());
        classPath.add(System.getProperty("invariants.testClasses"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            boolean ours = entry.contains("invariants-junit") && !entry.contains("invariants-api");
            boolean relocated = name.startsWith("byte-buddy-agent") || name.startsWith("janino")
                    || name.startsWith("commons-compiler") || name.startsWith("mockito");
            if (!ours && !relocated && !classPath.contains(entry)) {
                classPath.add(entry);
            }
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(Arrays.asList("-cp", String.join(File.pathSeparator, classPath),
                "dev.invariants.junit.testkit.ForkedMain"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exitCode = process.waitFor();
        return new Forked(output.lines().collect(Collectors.joining("\n")), exitCode);
    }
}
