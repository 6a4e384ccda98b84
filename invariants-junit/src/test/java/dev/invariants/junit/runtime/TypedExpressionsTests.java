package dev.invariants.junit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.invariants.junit.InvariantViolationError;
import dev.invariants.junit.fixtures.expressions.ExpressionsTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.ReportFiles;
import dev.invariants.junit.testkit.TestResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The expressions issue #14 was about, and the class shapes around them, compiled by our own compiler and
 * checked end to end: each shape passes where the code is right and fails the one test whose call breaks it,
 * with the values the user needs, and the report counts every evaluation.
 */
class TypedExpressionsTests {

    private static final String PACKAGE = "dev.invariants.junit.fixtures.expressions.";

    private static FixtureRunResult result;
    private static ReportFiles report;

    @BeforeAll
    static void run() throws Exception {
        Path dir = Files.createTempDirectory("expressions");
        result = FixtureRun.of(ExpressionsTestCase.class).configuration("invariants.report.dir", dir.toString())
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.expressions").execute();
        report = ReportFiles.read(dir);
    }

    @ParameterizedTest(name = "{0} fails with [{1}]")
    @DisplayName("should fail each violating call with its invariant, and nothing else")
    @CsvSource(delimiter = '|', textBlock = """
            lambdaOverGenericFieldViolates() | order-lines-positive
            methodReferenceSumViolates()     | order-total
            oldOfSumOfCallsViolates()        | order-merge
            boxedMapLookUpViolates()         | counter-counts
            privateStaticHelperViolates()    | slug-normalized
            otherInstancePrivateFieldViolates() | wallet-transfer
            privateNestedClassViolates()     | vault-open
            recordViolates()                 | interval-shift
            interfaceContractViolates()      | pricing-discount
            inheritedPrivateFieldViolates()  | tally-bump
            oldParameterViolates()           | old-parameter
            oldFieldViolates()               | old-field
            oldSumViolates()                 | old-sum
            oldCallViolates()                | old-call
            oldArrayElementViolates()        | old-array-element
            oldDoubleViolates()              | old-double
            patternBindingViolates()         | label-pattern
            """)
    void violations(String test, String id) {
        assertThat(result.test(test).failure()).isInstanceOf(InvariantViolationError.class)
                .hasMessageStartingWith("Invariant [" + id + "] violated: post does not hold\n  at " + PACKAGE);
    }

    @Test
    @DisplayName("should let every passing call pass, and fail no other test")
    void passes() {
        assertThat(result.failures()).extracting(TestResult::displayName).allMatch(name -> name.endsWith("Violates()"))
                .hasSize(17);
        assertThat(result.tests()).filteredOn(t -> t.displayName().endsWith("Passes()")).hasSize(18)
                .allMatch(TestResult::successful);
    }

    @ParameterizedTest(name = "[{0}] passed {1}, violated {2}: {3}")
    @DisplayName("should count every evaluation, none inside another expression, and report no definition error")
    @CsvSource(delimiter = '|', textBlock = """
            order-lines-positive | 9 | 1 | violated
            order-total          | 3 | 1 | violated
            order-merge          | 1 | 1 | violated
            counter-counts       | 3 | 1 | violated
            slug-normalized      | 1 | 1 | violated
            wallet-transfer      | 1 | 1 | violated
            vault-open           | 1 | 1 | violated
            interval-ordered     | 5 | 0 | checked
            interval-shift       | 1 | 1 | violated
            pricing-discount     | 2 | 1 | violated
            tally-bump           | 8 | 1 | violated
            old-parameter        | 1 | 1 | violated
            old-field            | 1 | 1 | violated
            old-sum              | 1 | 1 | violated
            old-call             | 5 | 1 | violated
            old-nested           | 2 | 0 | checked
            old-array-element    | 1 | 1 | violated
            old-double           | 4 | 1 | violated
            label-pattern        | 1 | 1 | violated
            """)
    void counts(String id, long passed, long violated, String status) {
        JsonObject invariant = report.invariant(id);
        assertThat(report.strings(invariant, "problems")).isEmpty();
        assertThat(ReportFiles.count(invariant, "passed")).isEqualTo(passed);
        assertThat(ReportFiles.count(invariant, "violated")).isEqualTo(violated);
        assertThat(invariant.get("status").getAsString()).isEqualTo(status);
    }

    @Test
    @DisplayName("should keep the boundary evidence of a comparison that stands alone, and leave out one that reads a pattern binding")
    void evidence() {
        JsonObject invariant = report.invariant("label-pattern");
        var boundaries = invariant.getAsJsonArray("boundaries");
        assertThat(boundaries).hasSize(2);
        JsonObject limit = boundaries.get(0).getAsJsonObject();
        assertThat(limit.get("comparison").getAsString()).isEqualTo("limit >= 3");
        // the closer of the two calls: limit 5 against 3
        assertThat(limit.getAsJsonObject("closest").get("left").getAsDouble()).isEqualTo(5.0);
        JsonObject length = boundaries.get(1).getAsJsonObject();
        assertThat(length.get("comparison").getAsString()).isEqualTo("s.length() > 2");
        assertThat(length.get("closest").isJsonNull()).isTrue();
    }

    @Nested
    @DisplayName("should show the values the expression was evaluated with")
    class Messages {

        @Test
        @DisplayName("should show the old values of this and of another instance under their source text")
        void otherInstance() {
            assertThat(message("otherInstancePrivateFieldViolates()")).isEqualTo("""
                    Invariant [wallet-transfer] violated: post does not hold
                      at dev.invariants.junit.fixtures.expressions.Wallet.transfer(Wallet.java:N)
                      expected: balance == old(balance) - amount && to.balance == old(to.balance) + amount
                      values:
                        to = [Wallet(206)]
                        amount = [200]
                        old(balance) = [500]
                        old(to.balance) = [7]
                        balance = [300]""");
        }

        @Test
        @DisplayName("should show a boxed old value and the map it was read from")
        void mapLookUp() {
            assertThat(message("boxedMapLookUpViolates()")).isEqualTo("""
                    Invariant [counter-counts] violated: post does not hold
                      at dev.invariants.junit.fixtures.expressions.Counter.count(Counter.java:N)
                      expected: counts.getOrDefault(key, 0) == old(counts.getOrDefault(key, 0)) + 1
                      values:
                        key = [""]
                        old(counts.getOrDefault(key, 0)) = [0]
                        counts = [{}]""");
        }

        @Test
        @DisplayName("should show a superclass's private field that an inherited invariant reads")
        void inherited() {
            assertThat(message("inheritedPrivateFieldViolates()")).isEqualTo("""
                    Invariant [tally-bump] violated: post does not hold
                      at dev.invariants.junit.fixtures.expressions.Tally.bump(Tally.java:N)
                      expected: count == old(count) + 1
                      values:
                        old(count) = [2]
                        count = [2]""");
        }

        @Test
        @DisplayName("should show a result of the record's own type, and the fields of the record")
        void record() {
            assertThat(message("recordViolates()")).isEqualTo("""
                    Invariant [interval-shift] violated: post does not hold
                      at dev.invariants.junit.fixtures.expressions.Interval.shift(Interval.java:N)
                      expected: result.length() == length() && result.from() == from + by
                      values:
                        by = [13]
                        result = [Interval[from=14, to=17]]
                        from = [1]""");
        }

        @Test
        @DisplayName("should show an old array element and an old double exactly")
        void primitives() {
            assertThat(message("oldArrayElementViolates()")).contains("  values:\n    i = [2]\n    old(values[i]) = [30]\n");
            assertThat(message("oldDoubleViolates()")).endsWith("  values:\n    old(ratio) = [4.0]\n    ratio = [12.0]");
            assertThat(message("oldSumViolates()")).contains("    by = [11]\n    old(a + b) = [3]\n");
            assertThat(message("oldCallViolates()")).contains("    item = [\"\"]\n    old(items.size()) = [0]\n");
        }

        @Test
        @DisplayName("should show the result a private static helper judged")
        void helper() {
            assertThat(message("privateStaticHelperViolates()")).isEqualTo("""
                    Invariant [slug-normalized] violated: post does not hold
                      at dev.invariants.junit.fixtures.expressions.Slugs.slug(Slugs.java:N)
                      expected: isNormalized(result)
                      values:
                        title = ["Hello!"]
                        result = ["Hello!"]""");
        }

        @Test
        @DisplayName("should name no generated class in any failure, a private nested class's included")
        void noGeneratedNames() {
            assertThat(result.failures()).isNotEmpty().allSatisfy(failure -> {
                assertThat(failure.failureMessage()).doesNotContain("$$");
                assertThat(java.util.Arrays.stream(failure.failure().getStackTrace()).map(StackTraceElement::getClassName))
                        .noneMatch(name -> name.contains("$$Invariants"));
            });
            assertThat(message("privateNestedClassViolates()")).startsWith("Invariant [vault-open] violated: post does not hold\n"
                    + "  at dev.invariants.junit.fixtures.expressions.Vaults$Vault.");
        }

        private static String message(String test) {
            return result.test(test).failureMessage().replaceFirst("\\.java:\\d+\\)", ".java:N)");
        }
    }
}
