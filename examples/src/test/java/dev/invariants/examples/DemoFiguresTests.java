package dev.invariants.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The demo's key figures, read from the files this build's two suites wrote. Runs under Failsafe
 * (integration-test phase), after both suites ({@code test}) and their JaCoCo reports
 * ({@code prepare-package}); the expected sets are reasoned from the suites' code, test by test.
 */
@DisplayName("the demo's figures from this build")
class DemoFiguresTests {

    /** Every invariant of dev.invariants.examples.payments: the declared set of both suites. */
    private static final Set<String> DOMAIN = Set.of(
            "account-rejects-negative-opening-balance",
            "checkout-splits-amount", "checkout-replays-first-receipt",
            "fee-non-negative", "premium-fee-cap", "premium-fee-rate", "premium-fee-capped-from-threshold",
            "fee-rejects-negative-amount",
            "idempotency-first-use-binds", "idempotency-replay-same-method", "idempotency-key-bound-to-method",
            "idempotency-rejects-blank-key",
            "summary-rejects-mixed-currencies", "summary-totals-visible-lines",
            "ledger-balanced", "ledger-post-records-both-sides", "ledger-post-rejects-non-positive",
            "ledger-post-rejects-self-posting", "ledger-reverse-rejects-second-reversal",
            "ledger-reverse-rejects-unknown-entry",
            "payment-rejects-non-positive-capture", "refund-accumulates", "refund-rejects-over-refundable",
            "refund-rejects-non-positive",
            "transfer-conserves-money", "transfer-moves-amount", "transfer-rejects-insufficient-funds",
            "transfer-rejects-currency-mismatch", "transfer-rejects-self-transfer", "transfer-rejects-non-positive-amount");

    /**
     * What the AI-written suite checks: its happy paths (fee of 100.00 standard and premium, one
     * transfer, one summary, one refund, first use and replay of a key, ledger posting, a checkout
     * with mocked collaborators) and its one rejection with a rule, the zero refund. Its null-argument
     * tests meet no pre; no test reaches 10,000.00 premium or retries a checkout.
     */
    private static final Set<String> AI_WRITTEN_CHECKED = Set.of(
            "fee-non-negative", "premium-fee-cap", "premium-fee-rate", "transfer-conserves-money",
            "transfer-moves-amount", "summary-totals-visible-lines", "refund-accumulates", "refund-rejects-non-positive",
            "idempotency-first-use-binds", "idempotency-replay-same-method", "ledger-post-records-both-sides",
            "ledger-balanced", "checkout-splits-amount");

    /** The 16 rejection rules (raises) but the zero refund: the failure paths the AI-written suite never takes. */
    private static final Set<String> AI_WRITTEN_FAILURE_PATHS_NEVER_TAKEN = Set.of(
            "account-rejects-negative-opening-balance", "fee-rejects-negative-amount",
            "idempotency-key-bound-to-method", "idempotency-rejects-blank-key", "summary-rejects-mixed-currencies",
            "ledger-post-rejects-non-positive", "ledger-post-rejects-self-posting",
            "ledger-reverse-rejects-second-reversal", "ledger-reverse-rejects-unknown-entry",
            "payment-rejects-non-positive-capture", "refund-rejects-over-refundable",
            "transfer-rejects-insufficient-funds", "transfer-rejects-currency-mismatch",
            "transfer-rejects-self-transfer", "transfer-rejects-non-positive-amount");

    /**
     * Once assertions are counted: the AI-written tests that neither assert nor check an invariant
     * (getters and constructors called for coverage). Its other tests assert something or, like
     * shouldTransferMoneySuccessfully, run a checked transfer.
     */
    private static final Set<String> AI_WRITTEN_VACUOUS = Set.of(
            "TransferServiceTests.testAccountCreation()", "IdempotencyKeysTests.testIdempotencyConflictExceptionCreation()",
            "CheckoutServiceTests.testCheckoutServiceCreation()", "PaymentTests.testPaymentGetters()",
            "InvoiceSummarizerTests.testInvoiceSummarizerCreation()");

    private static Path target;
    private static SuiteResults aiWritten;
    private static SuiteResults strong;

    @BeforeAll
    static void readReports() {
        String dir = System.getProperty("examples.target");
        assertThat(dir).as("system property examples.target (set by the examples pom)").isNotNull();
        target = Path.of(dir);
        aiWritten = SuiteResults.read(target, "ai-written");
        strong = SuiteResults.read(target, "strong");
        assertThat(aiWritten.invariants()).as("ai-written invariants.json").isNotNull();
        assertThat(strong.invariants()).as("strong invariants.json").isNotNull();
    }

    private static Set<String> ids(List<InvariantReport.Entry> entries) {
        return entries.stream().map(InvariantReport.Entry::id).collect(Collectors.toSet());
    }

    private static Set<String> checked(SuiteResults results) {
        return ids(results.invariants().withStatus("checked"));
    }

    @Test
    @DisplayName("should declare exactly the payments domain's 30 invariants in both reports, not the planted classes")
    void declaredSet() {
        for (SuiteResults results : List.of(aiWritten, strong)) {
            assertThat(ids(results.invariants().invariants())).as(results.suite()).isEqualTo(DOMAIN);
            assertThat(results.invariants().invariants()).as(results.suite())
                    .allSatisfy(e -> assertThat(e.location()).startsWith("dev.invariants.examples.payments."));
        }
    }

    @Test
    @DisplayName("should have the strong suite check all 30, none violated or broken, every test passing")
    void strongSuite() {
        assertThat(checked(strong)).isEqualTo(DOMAIN);
        assertThat(strong.invariants().failurePathsNeverTaken()).isEmpty();
        assertThat(strong.tests()).isPositive().isEqualTo(strong.invariants().tests().size());
        assertThat(strong.failed()).isZero();
    }

    @Test
    @DisplayName("should have the AI-written suite check exactly the 13 rules its happy paths reach, and take one failure path of 16")
    void aiWrittenSuite() {
        assertThat(checked(aiWritten)).isEqualTo(AI_WRITTEN_CHECKED);
        assertThat(aiWritten.invariants().withStatus("violated")).isEmpty();
        assertThat(aiWritten.invariants().withStatus("broken")).isEmpty();
        assertThat(ids(aiWritten.invariants().failurePathsNeverTaken())).isEqualTo(AI_WRITTEN_FAILURE_PATHS_NEVER_TAKEN);
        assertThat(aiWritten.invariants().rejectionRules()).isEqualTo(16);
        assertThat(aiWritten.tests()).isPositive().isEqualTo(aiWritten.invariants().tests().size());
        assertThat(aiWritten.failed()).isZero();
    }

    @Test
    @DisplayName("should find line coverage within three points across the suites, while invariant coverage is 13 of 30 against 30 of 30")
    void lineCoverageAlikeInvariantCoverageNot() {
        double weakLines = 100.0 * aiWritten.linesCovered() / aiWritten.linesTotal();
        double strongLines = 100.0 * strong.linesCovered() / strong.linesTotal();

        assertThat(aiWritten.linesTotal()).isPositive().isEqualTo(strong.linesTotal());
        assertThat(weakLines).isGreaterThan(80.0);
        assertThat(strongLines).isGreaterThan(80.0);
        assertThat(Math.abs(weakLines - strongLines)).isLessThanOrEqualTo(3.0);
    }

    @Test
    @DisplayName("should name the AI-written suite's vacuous tests once assertions are counted, and call none vacuous before")
    void vacuousTests() {
        InvariantReport weak = aiWritten.invariants();
        Set<String> vacuous = weak.vacuousTests().stream().map(InvariantReport.TestEntry::shortName).collect(Collectors.toSet());
        if (weak.assertionsCounted()) {
            assertThat(vacuous).isEqualTo(AI_WRITTEN_VACUOUS);
            assertThat(strong.invariants().vacuousTests()).isEmpty();
        } else {
            assertThat(vacuous).isEmpty();
            assertThat(strong.invariants().assertionsCounted()).isFalse();
        }
    }

    @Test
    @DisplayName("should print these figures in the demo's table")
    void demoPrintsThem() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Demo.run(new String[] {target.toString()}, out);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(printed).contains("(30 invariants)");
        assertThat(printed).containsPattern("  invariant coverage +43\\.3 % \\(13 of 30 checked\\) +100\\.0 % \\(30 of 30 checked\\)\n");
        assertThat(printed).containsPattern("  failure paths never taken +15 of 16 +0 of 16\n");
        assertThat(printed).contains("  AI-written suite: 17 of 30 invariants unchecked");
        assertThat(printed).contains("      premium-fee-capped-from-threshold at dev.invariants.examples.payments.FeeCalculator.calculateFee(");
        assertThat(printed).contains("  strong suite: no unchecked invariant");
    }
}
