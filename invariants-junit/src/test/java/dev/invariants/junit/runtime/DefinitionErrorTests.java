package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.fixtures.broken.BrokenDefinitionsTestCase;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every definition error fails the session when it closes, naming class, member, attribute and expression;
 * the tests that reached the broken invariants keep their own outcomes.
 */
class DefinitionErrorTests {

    private static final String AT = "@Invariant %s on dev.invariants.junit.fixtures.broken.BrokenDefinitions.%s, ";

    private static FixtureRunResult result;
    private static String warnings;

    @BeforeAll
    static void run() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream previous = Warnings.redirect(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            result = FixtureRun.of(BrokenDefinitionsTestCase.class)
                    .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.broken").execute();
        } finally {
            Warnings.redirect(previous);
        }
        warnings = captured.toString(StandardCharsets.UTF_8);
    }

    /** The session's failure message, where each definition error is one indented entry. */
    private static String failure() {
        assertThat(result.closeFailure()).isInstanceOf(AssertionError.class);
        return result.closeFailure().getMessage();
    }

    @Test
    @DisplayName("should fail the session, not the tests, with one entry per broken invariant")
    void failsTheSession() {
        assertThat(result.failures()).isEmpty();
        assertThat(failure()).startsWith("6 invariant definition errors: the tests ran without checking them and "
                + "kept their own outcomes; the run fails until they are fixed\n    @Invariant ");
        assertThat(failure().split("\n    @Invariant ")).hasSize(1 + 6);
        assertThat(failure()).doesNotContain("throws-inside", "throws-each-call");
    }

    @Test
    @DisplayName("should keep the outcome of a test that expects an exception from a member with a broken invariant")
    void expectedExceptionStands() {
        // Before, the first caller got the definition error instead: "expected IllegalArgumentException but was DefinitionError".
        assertThat(result.test("rejectsNegativeWithItsOwnException()").successful()).isTrue();
        assertThat(failure()).contains("\n    " + AT.formatted("rejects-typo", "rejectsNegative(BrokenDefinitions.java:47)")
                + "attribute `post`: [result >=] does not compile: ");
    }

    @Test
    @DisplayName("should report a syntax error with the compiler's message")
    void syntax() {
        assertThat(failure()).contains("\n    " + AT.formatted("syntax", "syntax(BrokenDefinitions.java:9)")
                + "attribute `post`: [result >] does not compile: ");
    }

    @Test
    @DisplayName("should report a name that is not in scope")
    void unknownName() {
        assertThat(failure()).contains("\n    " + AT.formatted("unknown-name", "unknownName(BrokenDefinitions.java:14)")
                + "attribute `post`: [nosuch > 0] does not compile: cannot find symbol: variable nosuch");
    }

    @Test
    @DisplayName("should report an expression that is not boolean")
    void notBoolean() {
        assertThat(failure()).contains("\n    " + AT.formatted("not-boolean", "notBoolean(BrokenDefinitions.java:19)")
                + "attribute `post`: [result + 1] does not compile: ");
    }

    @Test
    @DisplayName("should report `result` in a void method, the expression and caret indented under it")
    void resultInVoid() {
        assertThat(failure()).contains("\n    " + AT.formatted("result-in-void", "resultInVoid(BrokenDefinitions.java:24)")
                + "attribute `post`: `result` is not available: resultInVoid returns void\n"
                + "        result > 0\n"
                + "        ^^^^^^");
    }

    @Test
    @DisplayName("should report a structural error found when reading the class")
    void structural() {
        assertThat(failure()).contains("\n    " + AT.formatted("no-post", "noPost(BrokenDefinitions.java:28)")
                + "attribute `post`: a method or constructor invariant needs `post`, `raises`, or both");
    }

    @Test
    @DisplayName("should let every call of a member with a broken invariant proceed")
    void everyCallProceeds() {
        assertThat(result.test("syntaxTwice()").successful()).isTrue();
        assertThat(result.test("syntax()").successful()).isTrue();
    }

    @Test
    @DisplayName("should mark an invariant whose expression threw as broken, warn, and not fail the call")
    void expressionThrew() {
        assertThat(result.test("throwsInside()").successful()).isTrue();
        assertThat(warnings).contains("[invariants] WARNING " + AT.formatted("throws-inside",
                "throwsInside(BrokenDefinitions.java:33)")
                + "attribute `post`: evaluating [text.length() > 0] threw java.lang.NullPointerException");
    }

    @Test
    @DisplayName("should warn once for an invariant whose expression throws on every call, with the first call's values")
    void expressionThrewTwice() {
        assertThat(result.test("throwsOnEveryCall()").successful()).isTrue();
        assertThat(warnings.split("\n")).filteredOn(line -> line.contains("WARNING @Invariant throws-each-call")).hasSize(1);
        String warning = warnings.substring(warnings.indexOf("WARNING @Invariant throws-each-call"));
        assertThat(warning).contains("threw java.lang.StringIndexOutOfBoundsException")
                .contains("\n  in test: BrokenDefinitionsTestCase.throwsOnEveryCall()\n  values:\n    text = [\"ab\"]\n    index = [5]\n")
                .doesNotContain("index = [7]");
    }

    @Test
    @DisplayName("should name the test and the values an expression threw on, and how to guard against null")
    void expressionThrewWithValues() {
        String warning = warnings.substring(warnings.indexOf("[invariants] WARNING @Invariant throws-inside"));
        assertThat(warning).contains("threw java.lang.NullPointerException\n"
                + "  in test: BrokenDefinitionsTestCase.throwsInside()\n"
                + "  values:\n"
                + "    text = [null]\n"
                + "    result = [1]\n"
                + "  hint: a value it dereferences was null; guard the expression");
    }
}
