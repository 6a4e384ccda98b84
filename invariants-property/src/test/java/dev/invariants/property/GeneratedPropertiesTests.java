package dev.invariants.property;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.invariants.property.fixtures.AccountTestCase;
import dev.invariants.property.fixtures.CodesTestCase;
import dev.invariants.property.fixtures.InventoryTestCase;
import dev.invariants.property.fixtures.PaymentTestCase;
import dev.invariants.property.fixtures.TautologiesTestCase;
import dev.invariants.property.fixtures.ThresholdsTestCase;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;

/**
 * Generated tests as users see them, on the real runtime: a launcher session over fixture test
 * classes (the agent weaves the fixtures, the runtime evaluates the invariants), one node per
 * invariant, the failure messages and the report.
 */
class GeneratedPropertiesTests {

    static Map<String, TestExecutionResult> run(Class<?> testCase) {
        return FixtureSession.run(testCase).results();
    }

    static String message(TestExecutionResult result) {
        return result.getThrowable().map(Throwable::getMessage).orElse("");
    }

    static JsonObject invariant(String report, String id) {
        return StreamSupport.stream(JsonParser.parseString(report).getAsJsonObject().getAsJsonArray("invariants").spliterator(), false)
                .map(JsonElement::getAsJsonObject).filter(i -> i.get("id").getAsString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no invariant [" + id + "] in " + report));
    }

    @Test
    @DisplayName("should show one node per invariant, failing with the smallest counterexample")
    void thresholds() {
        Map<String, TestExecutionResult> results = run(ThresholdsTestCase.class);

        assertThat(results).containsOnlyKeys("below-1000 · identity(int)", "sum-non-negative · add(int, int)",
                "short-lists · size(List)");
        assertThat(results.values()).allMatch(r -> r.getStatus() == TestExecutionResult.Status.FAILED);
        // result = x fails from 1000 upwards; shrinking toward 0 stops at the first failing value. The location is
        // the first line of the method's body (line 14 of Thresholds.java), as the runtime's own messages say.
        assertThat(message(results.get("below-1000 · identity(int)")))
                .startsWith("[below-1000] violated by a generated input\n"
                        + "\tat dev.invariants.property.fixtures.Thresholds.identity(Thresholds.java:14)\n"
                        + "\tcounterexample:\n"
                        + "\t  x = [1000]\n")
                .contains("with seed [20240229]")
                .contains("\treplay: -Dinvariants.property.seed=20240229\n")
                .endsWith("\tcause: InvariantViolationError: Invariant [below-1000] violated: post does not hold");
        assertThat(results.get("below-1000 · identity(int)").getThrowable().orElseThrow().getCause())
                .isInstanceOf(dev.invariants.junit.InvariantViolationError.class)
                .hasMessageContaining("values:\n    x = [1000]\n    result = [1000]");
        // a + b overflows only when a + b > MAX_VALUE; the smallest a that can overflow is 1, and then b must be MAX_VALUE
        assertThat(message(results.get("sum-non-negative · add(int, int)")))
                .contains("\t  a = [1]\n\t  b = [2147483647]\n");
        // size < 3 fails for three elements; the simplest element is 0
        assertThat(message(results.get("short-lists · size(List)"))).contains("\t  values = [[0, 0, 0]]\n");
    }

    @Test
    @DisplayName("should find a refund of exactly the remaining amount after a partial refund, and pass its correct twin")
    void crossField() {
        Map<String, TestExecutionResult> results = run(PaymentTestCase.class);

        assertThat(results.get("correct-refund-within-remaining · refund(BigDecimal)").getStatus())
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(results.get("correct-payment-opens · new CorrectPayment(BigDecimal, BigDecimal)").getStatus())
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        TestExecutionResult failed = results.get("refund-within-remaining · refund(BigDecimal)");
        assertThat(failed.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
        // the bug needs refunded > 0 and amount == total - refunded. Each number's scale is its first choice, so the
        // shrinker makes every scale 0; among whole numbers the smallest partly refunded payment is 2 with 1 refunded,
        // leaving exactly 1. (1 with 0.1 refunded is smaller still, but needs four choices to change at once.)
        assertThat(message(failed)).contains("\t  payment = [Payment[total=2, refunded=1]]\n\t  amount = [1]\n");
    }

    @Test
    @DisplayName("should find a call sequence breaking a type invariant, shrunk to the calls that matter")
    void stateful() {
        Map<String, TestExecutionResult> results = run(AccountTestCase.class);

        assertThat(results.get("correct-balance-non-negative · call sequences").getStatus())
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        TestExecutionResult failed = results.get("balance-non-negative · call sequences");
        // only a closed account lets a withdrawal exceed the balance; the smallest positive withdrawal is 1. A type
        // invariant points at the class's first constructor: the implicit one, on the class header (line 7).
        assertThat(message(failed)).startsWith("[balance-non-negative] violated by a generated call sequence\n"
                + "\tat dev.invariants.property.fixtures.Account.<init>(Account.java:7)\n"
                + "\tcounterexample:\n"
                + "\t  account = new Account();\n"
                + "\t  account.close();\n"
                + "\t  account.withdraw(1L);\n")
                .endsWith("cause: InvariantViolationError: Invariant [balance-non-negative] violated: type invariant does not"
                        + " hold after withdraw(long)");
    }

    @Test
    @DisplayName("should report a bug within every contract first, and the out-of-contract one beside it, each shrunk")
    void distinctSequenceFailures() {
        TestExecutionResult failed = run(InventoryTestCase.class).get("reserved-within-stock · call sequences");

        String message = message(failed);
        // the in-contract bug: three calls, each inside its pre, and no call marked outside
        assertThat(message).startsWith("[reserved-within-stock] violated by a generated call sequence\n"
                + "\tat dev.invariants.property.fixtures.Inventory.<init>(Inventory.java:11)\n"
                + "\tcounterexample:\n"
                + "\t  inventory = new Inventory();\n"
                + "\t  inventory.receive(1);\n"
                + "\t  inventory.reserve(1);\n"
                + "\t  inventory.ship(1);\n");
        String first = message.substring(0, message.indexOf("\tcause: "));
        assertThat(first).doesNotContain("outside its pre");
        // the second finding: a negative quantity received, outside receive's pre
        assertThat(message.substring(message.indexOf("\tcause: ")))
                .contains("\talso found, another failure (violated after receive, outside its pre), shrunk on its own from [")
                .containsPattern("\t  inventory\\.receive\\(-\\d+\\);   // outside its pre\n")
                // the in-contract bug carried along by an out-of-contract call is the same finding: not repeated
                .doesNotContain("violated after ship, outside its pre");
    }

    @Test
    @DisplayName("should make no call outside a pre when invariants.property.sequences.outside-pre is 0")
    void noOutOfContractCalls() {
        String message = FixtureSession.run(Map.of("invariants.property.sequences.outside-pre", "0"), InventoryTestCase.class)
                .message("reserved-within-stock · call sequences");

        assertThat(message).contains("\t  inventory.ship(1);\n").doesNotContain("outside its pre", "also found");
    }

    @Test
    @DisplayName("should fail a property whose precondition rejects nearly every input, naming the generator to provide")
    void rejection() {
        FixtureSession session = FixtureSession.run(CodesTestCase.class);

        String message = session.message("six-digits · valid(String)");
        assertThat(message).startsWith("[six-digits] checked too few inputs: [")
                .contains("\tnot understood by the generators: [code.matches(\"[0-9]{6}\")]\n")
                .contains("provide a generator for [code (String)]");
        // every input was drawn (10 × the 200 tries) and rejected by the precondition: the report says so
        JsonObject generated = invariant(session.report(), "six-digits").getAsJsonObject("generated");
        assertThat(generated.get("tries").getAsLong()).isEqualTo(2000);
        assertThat(generated.get("rejected").getAsLong()).isEqualTo(2000);
        assertThat(generated.get("rejectedShare").getAsDouble()).isEqualTo(1.0);
    }

    @Nested
    @DisplayName("in the report")
    class InTheReport {

        @Test
        @DisplayName("should record generated tests in the ledger like any other test, with the share each pre rejected")
        void ledger() {
            FixtureSession session = FixtureSession.run(PaymentTestCase.class);
            String report = session.report();

            // the generated test of the twin's refund checked its invariant, and the report credits that dynamic test
            String refundTest = session.uniqueIds().get("correct-refund-within-remaining · refund(BigDecimal)");
            assertThat(refundTest).contains("[test-factory:correctPayment()]/[dynamic-test:");
            JsonObject refund = invariant(report, "correct-refund-within-remaining");
            assertThat(refund.getAsJsonArray("tests")).extracting(JsonElement::getAsString).contains(refundTest);
            JsonObject test = StreamSupport.stream(JsonParser.parseString(report).getAsJsonObject().getAsJsonArray("tests")
                    .spliterator(), false).map(JsonElement::getAsJsonObject)
                    .filter(t -> t.get("id").getAsString().equals(refundTest)).findFirst().orElseThrow();
            assertThat(test.getAsJsonArray("invariants")).extracting(JsonElement::getAsString)
                    .contains("correct-refund-within-remaining");
            // 200 valid tries were asked for; whatever pre rejected came on top, and its share is what the report shows
            JsonObject generated = refund.getAsJsonObject("generated");
            long tries = generated.get("tries").getAsLong();
            long rejected = generated.get("rejected").getAsLong();
            assertThat(tries - rejected).isEqualTo(200);
            assertThat(generated.get("rejectedShare").getAsDouble()).isEqualTo((double) rejected / tries);
            assertThat(refund.getAsJsonObject("counts").get("passed").getAsLong()).isGreaterThanOrEqualTo(200);
            assertThat(generated.get("failed").getAsLong()).isZero();
            assertThat(invariant(report, "refund-within-remaining").getAsJsonObject("generated").get("failed").getAsLong())
                    .isEqualTo(1);
        }

        @Test
        @DisplayName("should flag a post no value could falsify, in the node's name and in the report")
        void tautologies() {
            FixtureSession session = FixtureSession.run(TautologiesTestCase.class);

            assertThat(session.results()).containsOnlyKeys(
                    "same-result · next() · post could not be falsified",
                    "either-sign · echo(int) · post could not be falsified",
                    "always · reset() · post could not be falsified",
                    "count-grows · increment()");
            assertThat(session.results().values()).allMatch(r -> r.getStatus() == TestExecutionResult.Status.SUCCESSFUL);
            String report = session.report();
            for (String id : new String[] {"same-result", "either-sign", "always"}) {
                assertThat(invariant(report, id).getAsJsonObject("generated").get("couldNotBeFalsified").getAsBoolean())
                        .as(id).isTrue();
            }
            assertThat(invariant(report, "count-grows").getAsJsonObject("generated").get("couldNotBeFalsified").getAsBoolean())
                    .isFalse();
            // a signal like the others: counted in the summary, a card and a line on the page
            assertThat(JsonParser.parseString(report).getAsJsonObject().getAsJsonObject("summary").get("couldNotBeFalsified")
                    .getAsInt()).isEqualTo(3);
            String page = session.page();
            assertThat(page).contains("<a class=\"card signal could-not-be-falsified\" data-key=\"could-not-be-falsified\""
                    + " href=\"#signal=could-not-be-falsified\"><b>3</b>")
                    .contains("<i>could-not-be-falsified</i> [result == result] held for every value the generated tests "
                            + "substituted into it: it may check nothing; state what the result must be");
        }
    }
}
