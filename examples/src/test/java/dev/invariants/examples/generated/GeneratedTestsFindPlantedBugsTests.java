package dev.invariants.examples.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The planted bugs of {@code dev.invariants.examples.planted}, found by generated tests on the real runtime: a
 * launcher session over {@link PlantedBugsTestCase} (checking on, a fixed seed), as a build tool would run it.
 */
class GeneratedTestsFindPlantedBugsTests {

    private static final long SEED = 42L;
    private static final Map<String, TestExecutionResult> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void run(@TempDir Path dir) {
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                if (identifier.isTest()) {
                    RESULTS.put(identifier.getDisplayName(), result);
                }
            }
        };
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(PlantedBugsTestCase.class))
                    .configurationParameter("invariants.enabled", "true")
                    .configurationParameter("invariants.report.dir", dir.resolve("report").toString())
                    .configurationParameter("invariants.property.seed", Long.toString(SEED))
                    .configurationParameter("invariants.property.examples.dir", dir.resolve("examples").toString())
                    .build(), listener);
        }
    }

    private static TestExecutionResult result(String name) {
        assertThat(RESULTS).containsKey(name);
        return RESULTS.get(name);
    }

    private static String failure(String name) {
        TestExecutionResult result = result(name);
        assertThat(result.getStatus()).as(name).isEqualTo(TestExecutionResult.Status.FAILED);
        return result.getThrowable().orElseThrow().getMessage();
    }

    @Test
    @DisplayName("should find a refund of exactly the remaining amount of a partly refunded payment")
    void crossFieldRefund() {
        String message = failure("buggy-refund-accumulates · refund(BigDecimal)");

        assertThat(message).startsWith("[buggy-refund-accumulates] violated by a generated input\n"
                        + "\tat dev.invariants.examples.planted.BuggyRefundablePayment.refund(BuggyRefundablePayment.java:")
                .contains("\t  buggyRefundablePayment = [")
                .contains("with seed [42]", "\treplay: -Dinvariants.property.seed=42\n")
                .contains("cause: InvariantViolationError: Invariant [buggy-refund-accumulates] violated: post does not hold");
        // The counterexample is the bug's own condition: something was already refunded, and the refund is exactly
        // what remained. The runtime's violation shows the values it evaluated.
        String violation = result("buggy-refund-accumulates · refund(BigDecimal)").getThrowable().orElseThrow().getCause()
                .getMessage();
        BigDecimal amount = value(violation, "amount");
        BigDecimal before = value(violation, "old(refunded)");
        BigDecimal captured = value(violation, "captured");
        assertThat(before).isPositive();
        assertThat(amount).isEqualByComparingTo(captured.subtract(before));
        // ... and the buggy class recorded the last refund alone
        assertThat(value(violation, "refunded")).isEqualByComparingTo(amount);
    }

    private static BigDecimal value(String violation, String name) {
        Matcher matcher = Pattern.compile("\\n    " + Pattern.quote(name) + " = \\[([^\\]]+)\\]").matcher(violation);
        assertThat(matcher.find()).as("%s in %s", name, violation).isTrue();
        return new BigDecimal(matcher.group(1));
    }

    @Test
    @DisplayName("should find the overflow of the running total")
    void overflow() {
        String message = failure("buggy-settlement-refuses-overflow · add(long)");

        assertThat(message).startsWith("[buggy-settlement-refuses-overflow] violated by a generated input\n"
                        + "\tat dev.invariants.examples.planted.BuggySettlementBatch.add(BuggySettlementBatch.java:")
                .contains("with seed [42]")
                .contains("cause: InvariantViolationError: Invariant [buggy-settlement-refuses-overflow] violated:"
                        + " expected the call to throw ArithmeticException but it returned normally");
    }

    @Test
    @DisplayName("should find the sequence of calls that unbalances the journal, shrunk to the calls that matter")
    void sequence() {
        String message = failure("buggy-journal-balanced · call sequences");

        // post(x), reverse(1), reverse(1): the second reversal moves the debits, then throws. The smallest positive
        // amount the BigDecimal generator makes is 1 (scale 0).
        assertThat(message).startsWith("[buggy-journal-balanced] violated by a generated call sequence\n"
                        + "\tat dev.invariants.examples.planted.BuggyJournal.<init>(BuggyJournal.java:")
                .contains("\tcounterexample:\n"
                        + "\t  buggyJournal = new BuggyJournal();\n"
                        + "\t  buggyJournal.post(1);\n"
                        + "\t  buggyJournal.reverse(1);\n"
                        + "\t  buggyJournal.reverse(1);\n")
                .contains("with seed [42]")
                .contains("type invariant does not hold after reverse(int) threw java.lang.IllegalStateException");
    }

    @Test
    @DisplayName("should raise no false failure on the correct twins")
    void twins() {
        // RefundablePayment and SettlementBatch declare two invariants each, Journal one type invariant; the buggy twins as many
        assertThat(RESULTS).hasSize(10);
        RESULTS.forEach((name, result) -> {
            if (name.startsWith("twin-")) {
                assertThat(result.getStatus()).as(name + ": " + result.getThrowable().map(Throwable::getMessage).orElse(""))
                        .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
            }
        });
        assertThat(RESULTS.keySet()).filteredOn(name -> name.startsWith("twin-")).hasSize(5);
    }
}
