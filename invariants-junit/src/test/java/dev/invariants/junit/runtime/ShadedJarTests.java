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
            assertThat(names).noneMatch(n -> n.startsWith("net/bytebuddy/") || n.startsWith("org/codehaus/"))
                    .anyMatch(n -> n.startsWith("dev/invariants/shaded/net/bytebuddy/agent/"))
                    .anyMatch(n -> n.startsWith("dev/invariants/shaded/org/codehaus/janino/"));
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
    @DisplayName("should check invariants with zero set-up, attaching by itself")
    void selfAttached() throws Exception {
        Forked run = fork(List.of());

        assertThat(run.output).contains("### capsPremiumFees() SUCCESSFUL", "### chargesBasicFees() SUCCESSFUL",
                "### exceedsTheCapForHugePremiumAmounts() FAILED",
                "dev.invariants.junit.InvariantViolationError: Invariant [premium-fee-cap] violated: post does not hold");
        // The attach listener is started with SIGQUIT and a trigger file: had the JVM not seen the file, it would dump its threads.
        assertThat(run.output).doesNotContain("Full thread dump");
    }

    @Test
    @DisplayName("should check invariants as a -javaagent, without a dynamic attach")
    void asJavaAgent() throws Exception {
        Forked run = fork(List.of("-javaagent:" + JAR));

        assertThat(run.output).contains("### exceedsTheCapForHugePremiumAmounts() FAILED",
                "Invariant [premium-fee-cap] violated: post does not hold");
        assertThat(run.output).doesNotContain("loaded dynamically");
    }

    private record Forked(String output) {}

    private static Forked fork(List<String> jvmOptions) throws Exception {
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
                "dev.invariants.junit.testkit.ForkedMain", "dev.invariants.junit.fixtures.method.FeeCalculatorTestCase"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return new Forked(output.lines().collect(Collectors.joining("\n")));
    }
}
