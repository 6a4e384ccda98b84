package dev.invariants.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The module and package map of docs/design.md, held against the main classes of every product module:
 * each arrow not in the map fails here, naming the class and the dependency.
 */
class LayeringTests {

    private static final String JUNIT_INTERNAL = "dev.invariants.junit.internal.";

    /**
     * Per package of invariants-junit's internals, the other internal packages it may import (docs/design.md).
     * Anything of the JDK, the report module and the relocated dependencies is not listed here.
     */
    private static final Map<String, List<String>> JUNIT_LAYERS = new LinkedHashMap<>();

    static {
        JUNIT_LAYERS.put("config", List.of());
        JUNIT_LAYERS.put("model", List.of("expr.syntax"));
        JUNIT_LAYERS.put("scan", List.of("model"));
        JUNIT_LAYERS.put("ledger", List.of("model"));
        JUNIT_LAYERS.put("weave", List.of("model", "expr.types"));
        JUNIT_LAYERS.put("expr", List.of("expr", "model", "weave"));
        JUNIT_LAYERS.put("assertions", List.of("ledger", "config"));
        JUNIT_LAYERS.put("runtime", List.of("weave", "expr", "model", "ledger", "config"));
        JUNIT_LAYERS.put("agent", List.of("weave", "runtime", "assertions", "config"));
        JUNIT_LAYERS.put("platform", List.of("agent", "assertions", "config", "expr", "ledger", "model", "runtime",
                "scan", "weave"));
    }

    /** Per subpackage of the expression compiler, the sibling subpackages it may import (none imports the driver, {@code expr}). */
    private static final Map<String, List<String>> EXPR_LAYERS = new LinkedHashMap<>();

    /** Per package of invariants-property's internals, the other internal packages it may import. */
    private static final Map<String, List<String>> PROPERTY_LAYERS = new LinkedHashMap<>();

    static {
        EXPR_LAYERS.put("syntax", List.of());
        EXPR_LAYERS.put("tree", List.of());
        EXPR_LAYERS.put("types", List.of());
        EXPR_LAYERS.put("attr", List.of("tree", "types"));
        EXPR_LAYERS.put("emit", List.of("tree", "types"));

        PROPERTY_LAYERS.put("config", List.of());
        PROPERTY_LAYERS.put("engine", List.of());
        PROPERTY_LAYERS.put("gen", List.of());
        PROPERTY_LAYERS.put("pre", List.of("gen"));
        PROPERTY_LAYERS.put("tautology", List.of("engine", "gen"));
        PROPERTY_LAYERS.put("subject", List.of("engine", "gen", "pre"));
        PROPERTY_LAYERS.put("oracle", List.of("config"));
        PROPERTY_LAYERS.put("jupiter", List.of("config", "engine", "gen", "pre", "tautology", "subject", "oracle"));
        PROPERTY_LAYERS.put("platform", List.of("config", "jupiter", "subject"));
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/dev/invariants/shaded/"))
                .importPackages("dev.invariants");
    }

    @Nested
    @DisplayName("should keep the modules' arrows")
    class Modules {

        @Test
        @DisplayName("invariants-api depends on the JDK alone")
        void api() {
            classes().that().resideInAPackage("dev.invariants").should().onlyDependOnClassesThat()
                    .resideInAnyPackage("dev.invariants", "java..").check(classes);
        }

        @Test
        @DisplayName("invariants-report depends on the JDK alone, and its API not on its internals")
        void report() {
            classes().that().resideInAPackage("dev.invariants.report..").should().onlyDependOnClassesThat()
                    .resideInAnyPackage("dev.invariants.report..", "java..").check(classes);
            noClasses().that().resideInAPackage("dev.invariants.report").should().dependOnClassesThat()
                    .resideInAPackage("dev.invariants.report.internal..").check(classes);
        }

        @Test
        @DisplayName("invariants-maven-plugin depends on Maven and invariants-report, nothing of the agent or JUnit")
        void mavenPlugin() {
            classes().that().resideInAPackage("dev.invariants.maven..").should().onlyDependOnClassesThat()
                    // Xpp3Dom: the type Maven gives a plugin's configuration in (the tests' Surefire settings are read from it)
                    .resideInAnyPackage("dev.invariants.maven..", "dev.invariants.report..", "org.apache.maven..",
                            "org.codehaus.plexus.util.xml..", "java..")
                    .check(classes);
        }

        @Test
        @DisplayName("invariants-pitest depends on PIT and the JUnit Platform alone; what crosses PIT's processes on the JDK alone")
        void pitest() {
            classes().that().resideInAPackage("dev.invariants.pitest..").should().onlyDependOnClassesThat()
                    .resideInAnyPackage("dev.invariants.pitest..", "org.pitest..", "org.junit.platform..", "java..")
                    .check(classes);
            classes().that().resideInAPackage("dev.invariants.pitest.internal.kill..").should().onlyDependOnClassesThat()
                    .resideInAnyPackage("dev.invariants.pitest.internal.kill..", "java..").check(classes);
            noClasses().that().resideInAPackage("dev.invariants.pitest.internal.result..").should().dependOnClassesThat()
                    .resideInAnyPackage("org.junit..", "dev.invariants.pitest.internal.minion..").check(classes);
        }

        @Test
        @DisplayName("invariants-junit's SPI imports nothing of its internals")
        void junitSpi() {
            classes().that().resideInAPackage("dev.invariants.junit.spi..").should().onlyDependOnClassesThat()
                    .resideInAnyPackage("dev.invariants.junit.spi..", "java..").check(classes);
        }

        @Test
        @DisplayName("invariants-junit knows nothing of invariants-property or the plugin")
        void junit() {
            noClasses().that().resideInAPackage("dev.invariants.junit..").should().dependOnClassesThat()
                    .resideInAnyPackage("dev.invariants.property..", "dev.invariants.maven..").check(classes);
        }

        @Test
        @DisplayName("no module uses another's internals, except the report's writers (junit, plugin); invariants-property only through the SPI")
        void internals() {
            noClasses().that().resideOutsideOfPackages("dev.invariants.report..", "dev.invariants.junit..",
                    "dev.invariants.maven..").should().dependOnClassesThat()
                    .resideInAPackage("dev.invariants.report.internal..").check(classes);
            noClasses().that().resideOutsideOfPackage("dev.invariants.property..").should().dependOnClassesThat()
                    .resideInAPackage("dev.invariants.property.internal..").check(classes);
            noClasses().that().resideOutsideOfPackages("dev.invariants.junit..", "dev.invariants.property..")
                    .should().dependOnClassesThat().resideInAPackage("dev.invariants.junit.internal..").check(classes);
            // Everything invariants-property needs of invariants-junit, the parser and the compiler of free
            // expressions included, goes through dev.invariants.junit.spi.
            noClasses().that().resideInAPackage("dev.invariants.property..").should().dependOnClassesThat()
                    .resideInAPackage("dev.invariants.junit.internal..").check(classes);
        }
    }

    @Nested
    @DisplayName("should keep invariants-property's package map")
    class PropertyPackages {

        @Test
        @DisplayName("each internal package imports only the internal packages docs/design.md lists for it")
        void layers() {
            String internal = "dev.invariants.property.internal.";
            PROPERTY_LAYERS.forEach((pkg, allowed) -> {
                List<String> forbidden = PROPERTY_LAYERS.keySet().stream()
                        .filter(other -> !other.equals(pkg) && !allowed.contains(other))
                        .map(other -> internal + other + "..").toList();
                if (!forbidden.isEmpty()) {
                    noClasses().that().resideInAPackage(internal + pkg + "..").should().dependOnClassesThat()
                            .resideInAnyPackage(forbidden.toArray(String[]::new)).check(classes);
                }
            });
        }
    }

    @Nested
    @DisplayName("should keep invariants-junit's package map")
    class JunitPackages {

        @Test
        @DisplayName("each internal package imports only the internal packages docs/design.md lists for it")
        void layers() {
            List<String> all = new ArrayList<>();
            JUNIT_LAYERS.keySet().forEach(p -> all.add(JUNIT_INTERNAL + p + ".."));
            JUNIT_LAYERS.forEach((pkg, allowed) -> {
                List<String> forbidden = new ArrayList<>();
                for (String other : JUNIT_LAYERS.keySet()) {
                    if (!other.equals(pkg) && allowed.stream().noneMatch(a -> a.equals(other) || a.startsWith(other + "."))) {
                        forbidden.add(JUNIT_INTERNAL + other + "..");
                    }
                }
                if (!forbidden.isEmpty()) {
                    noClasses().that().resideInAPackage(JUNIT_INTERNAL + pkg + "..").should().dependOnClassesThat()
                            .resideInAnyPackage(forbidden.toArray(String[]::new)).check(classes);
                }
                List<String> narrower = allowed.stream().filter(a -> a.contains(".")).toList();
                for (String sub : narrower) {
                    String parent = sub.substring(0, sub.indexOf('.'));
                    if (!allowed.contains(parent) && !parent.equals(pkg)) {
                        noClasses().that().resideInAPackage(JUNIT_INTERNAL + pkg + "..").should()
                                .dependOnClassesThat(DescribedPredicate.describe(
                                        "are in " + parent + " but outside " + sub,
                                        (JavaClass c) -> c.getPackageName().startsWith(JUNIT_INTERNAL + parent)
                                                && !c.getPackageName().startsWith(JUNIT_INTERNAL + sub)))
                                .check(classes);
                    }
                }
            });
        }

        @Test
        @DisplayName("the expression compiler's subpackages import only the siblings docs/design.md lists, never the driver")
        void exprLayers() {
            String expr = JUNIT_INTERNAL + "expr";
            EXPR_LAYERS.forEach((pkg, allowed) -> {
                List<String> forbidden = new ArrayList<>(List.of(expr));
                EXPR_LAYERS.keySet().stream().filter(other -> !other.equals(pkg) && !allowed.contains(other))
                        .forEach(other -> forbidden.add(expr + "." + other + ".."));
                noClasses().that().resideInAPackage(expr + "." + pkg + "..").should().dependOnClassesThat()
                        .resideInAnyPackage(forbidden.toArray(String[]::new)).check(classes);
            });
        }

        @Test
        @DisplayName("only the platform package imports JUnit Platform types")
        void platformOnly() {
            noClasses().that().resideInAnyPackage("dev.invariants.junit..").and()
                    .resideOutsideOfPackage(JUNIT_INTERNAL + "platform..").should().dependOnClassesThat()
                    .resideInAPackage("org.junit.platform..").check(classes);
        }

        @Test
        @DisplayName("no cycle between its packages")
        void acyclic() {
            slices().matching("dev.invariants.junit.internal.(**)").should().beFreeOfCycles().check(classes);
        }
    }
}
