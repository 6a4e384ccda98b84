package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.fixtures.shapes.ShapesTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.ReportFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every Java shape a code base has, checked end to end: one passing and one violating call each. */
class JavaShapesTests {

    private static FixtureRunResult result;
    private static ReportFiles report;

    @BeforeAll
    static void run() throws Exception {
        Path dir = Files.createTempDirectory("shapes");
        result = FixtureRun.of(ShapesTestCase.class).configuration("invariants.report.dir", dir.toString())
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.shapes").execute();
        report = ReportFiles.read(dir);
    }

    @ParameterizedTest(name = "{0} fails with [{1}]")
    @DisplayName("should fail the violating call of each shape with its invariant")
    @CsvSource(delimiter = '|', textBlock = """
            recordCompactConstructorViolates()            | range-compact     | expected the call to throw IllegalArgumentException but it returned normally
            recordMethodViolates()                        | range-width       | post does not hold
            recordCanonicalConstructorViolates()          | money-canonical   | post does not hold
            enumMethodViolates()                          | planet-gravity    | post does not hold
            enumConstantBodyViolates()                    | operation-adds    | post does not hold
            genericInstanceMethodViolates()               | stack-push        | post does not hold
            genericStaticMethodViolates()                 | stack-max         | post does not hold
            varargsViolates()                             | texts-join        | post does not hold
            staticSynchronizedViolatesAndReleasesTheLock() | texts-next       | post does not hold
            synchronizedInstanceViolatesAndReleasesTheLock() | texts-add      | post does not hold
            throwingMethodViolatesRaises()                | texts-parse-blank | expected the call to throw IOException but it threw java.io.UncheckedIOException
            interfaceDefaultMethodViolates()              | polygon-angles    | post does not hold
            interfaceStaticMethodViolates()               | polygon-of        | expected the call to throw IllegalArgumentException but it returned normally
            abstractMethodImplementationViolates()        | ledger-fee        | post does not hold
            innerClassViolates()                          | inner-offset      | post does not hold
            nestedClassViolates()                         | nested-twice      | post does not hold
            anonymousClassViolates()                      | anonymous-positive | post does not hold
            localClassViolates()                          | local-positive    | post does not hold
            delegatingConstructorViolatesTheTypeInvariant() | temperature-above-zero | type invariant does not hold
            """)
    void violations(String test, String id, String what) {
        assertThat(result.test(test).failure()).isInstanceOf(InvariantViolationError.class)
                .hasMessageStartingWith("Invariant [" + id + "] violated: " + what);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("should let the passing calls of each shape pass")
    @CsvSource({"recordCompactConstructorPasses()", "recordCanonicalConstructorPasses()",
            "enumConstructorAndMethodPass()", "enumConstantBodyPasses()", "genericMethodsPass()",
            "bridgeIsNotCheckedTwice()", "varargsPass()", "throwingMethodPasses()", "interfaceMethodsPass()",
            "abstractClassPasses()", "nestedClassesPass()", "delegatingConstructorsPass()",
            "nativeMethodNeighbourIsChecked()"})
    void passes(String test) {
        assertThat(result.test(test).failure()).isNull();
    }

    @Test
    @DisplayName("should check a generic method once per call, not again through its bridge")
    void bridge() {
        // Two calls of compareTo: one through the raw Comparable (the bridge), one direct.
        assertThat(ReportFiles.count(report.invariant("celsius-compare"), "passed")).isEqualTo(2);
        assertThat(report.invariant("celsius-compare").get("status").getAsString()).isEqualTo("checked");
    }

    @Test
    @DisplayName("should check every constructor of a this(...) chain, and the type invariant once, after the outermost")
    void delegatingConstructors() {
        // delegatingConstructorsPass: new Temperature(20, "C") runs both constructors once.
        assertThat(report.invariant("temperature-kelvin").get("status").getAsString()).isEqualTo("checked");
        assertThat(report.invariant("temperature-celsius").get("status").getAsString()).isEqualTo("checked");
        assertThat(report.strings(report.test("delegatingConstructorsPass()"), "invariants"))
                .containsExactlyInAnyOrder("temperature-kelvin", "temperature-celsius", "temperature-above-zero");
    }

    @Test
    @DisplayName("should check an enum's constructor when its constants are created")
    void enumConstructor() {
        assertThat(ReportFiles.count(report.invariant("planet-mass"), "passed")).isEqualTo(2);
    }

    @Test
    @DisplayName("should report an invariant on a native method as broken, naming why, and check its neighbours")
    void nativeMethod() {
        assertThat(report.invariant("native-hash").get("status").getAsString()).isEqualTo("broken");
        assertThat(report.strings(report.invariant("native-hash"), "problems")).containsExactly(
                "@Invariant native-hash on dev.invariants.junit.fixtures.shapes.Natives.hash(Natives.java), attribute"
                        + " `post`: a native method has no bytecode to check; put the invariant on the Java method that"
                        + " calls it");
        assertThat(report.invariant("native-neighbour").get("status").getAsString()).isEqualTo("checked");
    }
}
