package dev.invariants.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs after {@code package} (Failsafe): a fresh JVM with both jars as users get them — invariants-junit shaded,
 * invariants-property plain, reading expressions with the runtime's own parser and compiler — and no unrelocated
 * Janino, Byte Buddy or ClassGraph on the class path.
 */
class PropertyShadedJarTests {

    private static final Path PROPERTY_JAR = Path.of(System.getProperty("invariants.propertyJar"));
    private static final Path JUNIT_JAR = Path.of(System.getProperty("invariants.shadedJar"));

    @Test
    @DisplayName("should read expressions with the runtime's own parser and compiler, found in its jar, and never with Janino")
    void ownParser() throws Exception {
        List<String> runtimeClasses;
        try (JarFile junit = new JarFile(JUNIT_JAR.toFile())) {
            runtimeClasses = junit.stream().map(e -> e.getName()).toList();
        }
        try (JarFile jar = new JarFile(PROPERTY_JAR.toFile())) {
            assertThat(jar.stream().map(e -> e.getName()).toList())
                    .noneMatch(n -> n.startsWith("org/codehaus/") || n.startsWith("dev/invariants/shaded/"));
            // One parser in the product, reached through the SPI: no internal class of invariants-junit named.
            assertThat(constants(jar, "pre/PreconditionAnalyzer")).contains("dev/invariants/junit/spi/InvariantsRuntime")
                    .doesNotContain("codehaus", "janino", "dev/invariants/junit/internal");
            assertThat(constants(jar, "tautology/Tautology")).contains("dev/invariants/junit/spi/InvariantsRuntime")
                    .doesNotContain("codehaus", "janino", "dev/invariants/junit/internal");
        }
        assertThat(runtimeClasses).contains("dev/invariants/junit/internal/expr/syntax/Parser.class",
                "dev/invariants/junit/spi/syntax/Node.class", "dev/invariants/junit/internal/expr/Standalone.class",
                "dev/invariants/junit/spi/InvariantsRuntime.class");
    }

    /** The class file of {@code dev.invariants.property.internal.<name>}, read as text for its constant pool. */
    private static String constants(JarFile jar, String name) throws Exception {
        var entry = jar.getEntry("dev/invariants/property/internal/" + name + ".class");
        assertThat(entry).as(name).isNotNull();
        return new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    @Test
    @DisplayName("should find a planted bug and pass its twin against the shaded jars")
    void generatedTestsRun() throws Exception {
        List<String> classPath = new ArrayList<>(List.of(PROPERTY_JAR.toString(), JUNIT_JAR.toString(),
                System.getProperty("invariants.testClasses")));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            boolean ours = entry.contains("invariants-junit") || entry.contains("invariants-property");
            boolean relocated = name.startsWith("byte-buddy") || name.startsWith("janino") || name.startsWith("commons-compiler")
                    || name.startsWith("classgraph");
            if (!ours && !relocated && !classPath.contains(entry)) {
                classPath.add(entry);
            }
        }
        Path output = Files.createTempFile("forked", ".txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classPath),
                "-Dinvariants.report.dir=" + Files.createTempDirectory("forked-report"),
                "-Dinvariants.property.seed=20240229",
                ForkedMain.class.getName(), "dev.invariants.property.fixtures.PaymentTestCase")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String printed = Files.readString(output);

        assertThat(printed).contains("### correct-refund-within-remaining · refund(BigDecimal) SUCCESSFUL",
                "### refund-within-remaining · refund(BigDecimal) FAILED",
                "[refund-within-remaining] violated by a generated input",
                "cause: InvariantViolationError: Invariant [refund-within-remaining] violated: post does not hold")
                .doesNotContain("NoClassDefFoundError", "ClassNotFoundException");
    }
}
