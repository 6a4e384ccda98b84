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

/** Every definition error fails the first test that reaches it, naming class, member, attribute and expression. */
class DefinitionErrorTests {

    private static final String AT = "@Invariant %s on dev.invariants.junit.fixtures.broken.BrokenDefinitions.%s, ";

    private static FixtureRunResult result;
    private static String warnings;

    @BeforeAll
    static void run() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream previous = Warnings.redirect(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            result = FixtureRun.of(BrokenDefinitionsTestCase.class).execute();
        } finally {
            Warnings.redirect(previous);
        }
        warnings = captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("should report a syntax error with the compiler's message")
    void syntax() {
        assertThat(result.test("syntax()").failureMessage())
                .startsWith(AT.formatted("syntax", "syntax(BrokenDefinitions.java:9)")
                        + "attribute `post`: [result >] does not compile: ");
    }

    @Test
    @DisplayName("should report a name that is not in scope")
    void unknownName() {
        assertThat(result.test("unknownName()").failureMessage())
                .startsWith(AT.formatted("unknown-name", "unknownName(BrokenDefinitions.java:14)")
                        + "attribute `post`: [nosuch > 0] does not compile: ")
                .contains("nosuch");
    }

    @Test
    @DisplayName("should report an expression that is not boolean")
    void notBoolean() {
        assertThat(result.test("notBoolean()").failureMessage())
                .startsWith(AT.formatted("not-boolean", "notBoolean(BrokenDefinitions.java:19)")
                        + "attribute `post`: [result + 1] does not compile: ")
                .containsIgnoringCase("boolean");
    }

    @Test
    @DisplayName("should report `result` in a void method")
    void resultInVoid() {
        assertThat(result.test("resultInVoid()").failureMessage()).isEqualTo(
                AT.formatted("result-in-void", "resultInVoid(BrokenDefinitions.java:24)")
                        + "attribute `post`: `result` is not available: resultInVoid returns void\n"
                        + "    result > 0\n"
                        + "    ^^^^^^");
    }

    @Test
    @DisplayName("should report a structural error found when reading the class")
    void structural() {
        assertThat(result.test("noPost()").failureMessage()).isEqualTo(
                AT.formatted("no-post", "noPost(BrokenDefinitions.java:28)")
                        + "attribute `post`: a method or constructor invariant needs `post`, `raises`, or both");
    }

    @Test
    @DisplayName("should let the call proceed once the error was reported, and not fail other members")
    void reportedOnce() {
        assertThat(result.test("thenProceedsOnTheSecondCall()").successful()).isTrue();
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
