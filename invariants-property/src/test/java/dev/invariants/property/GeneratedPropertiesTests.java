package dev.invariants.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.invariants.property.fixtures.AccountTestCase;
import dev.invariants.property.fixtures.CodesTestCase;
import dev.invariants.property.fixtures.PaymentTestCase;
import dev.invariants.property.fixtures.ThresholdsTestCase;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Generated tests as users see them: a real Jupiter run over fixture test classes, one node per invariant. */
class GeneratedPropertiesTests {

    static Map<String, TestExecutionResult> run(Class<?> testCase) {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testCase)).execute().testEvents();
        return tests.finished().stream().collect(Collectors.toMap(e -> e.getTestDescriptor().getDisplayName(),
                e -> e.getPayload(TestExecutionResult.class).orElseThrow(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    static String message(TestExecutionResult result) {
        return result.getThrowable().map(Throwable::getMessage).orElse("");
    }

    @Test
    @DisplayName("should show one node per invariant, failing with the smallest counterexample")
    void thresholds() {
        Map<String, TestExecutionResult> results = run(ThresholdsTestCase.class);

        assertThat(results).containsOnlyKeys("below-1000 · identity(int)", "sum-non-negative · add(int, int)",
                "short-lists · size(List)");
        assertThat(results.values()).allMatch(r -> r.getStatus() == TestExecutionResult.Status.FAILED);
        // result = x fails from 1000 upwards; shrinking toward 0 stops at the first failing value
        assertThat(message(results.get("below-1000 · identity(int)")))
                .startsWith("[below-1000] violated by a generated input\n"
                        + "\tat dev.invariants.property.fixtures.Thresholds.identity(Thresholds.java)\n"
                        + "\tcounterexample:\n"
                        + "\t  x = [1000]\n")
                .contains("with seed [20240229]")
                .contains("\treplay: -Dinvariants.property.seed=20240229\n")
                .endsWith("\tcause: AssertionError: [below-1000] post violated");
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
        // only a closed account lets a withdrawal exceed the balance; the smallest positive withdrawal is 1
        assertThat(message(failed)).startsWith("[balance-non-negative] violated by a generated call sequence\n"
                + "\tat dev.invariants.property.fixtures.Account(Account.java)\n"
                + "\tcounterexample:\n"
                + "\t  account = new Account();\n"
                + "\t  account.close();\n"
                + "\t  account.withdraw(1L);\n");
    }

    @Test
    @DisplayName("should fail a property whose precondition rejects nearly every input, naming the generator to provide")
    void rejection() {
        Map<String, TestExecutionResult> results = run(CodesTestCase.class);

        String message = message(results.get("six-digits · valid(String)"));
        assertThat(message).startsWith("[six-digits] checked too few inputs: [")
                .contains("\tnot understood by the generators: [code.matches(\"[0-9]{6}\")]\n")
                .contains("provide a generator for [code (String)]");
        assertThat(message(results.get("invariants runtime missing")))
                .startsWith("No invariants runtime found for generated tests of [dev.invariants.property.fixtures.Codes]");
    }

    static List<Event> failures(Events events) {
        return events.failed().list();
    }
}
