package dev.invariants.junit.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.invariants.junit.fixtures.signals.StrongCheckoutTestCase;
import dev.invariants.junit.fixtures.signals.StrongLegacyTestCase;
import dev.invariants.junit.fixtures.signals.WeakCheckoutTestCase;
import dev.invariants.junit.fixtures.signals.WeakLegacyTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import dev.invariants.junit.testkit.ReportFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real launcher session (Jupiter and Vintage) over two suites of the same payments code: one
 * written the way the seeds describe AI-written tests, and its careful twin. Assertions and mocks go
 * through the real libraries and our instrumentation; the fixture domain records evaluations by hand
 * where the runtime's woven code will (see {@code fixtures.signals.Woven}).
 */
class SignalsTests {

    @TempDir
    Path reportDir;

    private FixtureRunResult run(Class<?>... classes) {
        return FixtureRun.of(classes)
                .configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.report.build-id", "signals-tests")
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.signals")
                .execute();
    }

    @Nested
    @DisplayName("should flag what a careful reviewer flags in the AI-written suite")
    class Weak {

        @Test
        @DisplayName("should call vacuous exactly the green tests with no assertion and no invariant checked")
        void vacuous() {
            FixtureRunResult result = run(WeakCheckoutTestCase.class, WeakLegacyTestCase.class);

            assertThat(result.failures()).isEmpty();
            ReportFiles report = ReportFiles.read(reportDir);
            assertThat(report.root().get("assertionsCounted").getAsBoolean()).isTrue();
            // checkoutWorks mocks every collaborator and asserts nothing; the JUnit 4 test calls a mock.
            // withdrawsMoney asserts nothing either, but the wallet's invariants checked its withdrawal.
            assertThat(report.testNames(t -> t.get("vacuous").getAsBoolean()))
                    .containsExactlyInAnyOrder("checkoutWorks()", "sendsReceiptForPayment");
            assertThat(report.summary().get("vacuousTests").getAsInt()).isEqualTo(2);
            assertThat(report.test("withdrawsMoney()").get("assertions").getAsLong()).isZero();
            assertThat(report.strings(report.test("withdrawsMoney()"), "invariants"))
                    .containsExactly("wallet-non-negative", "withdraw-within-balance");
        }

        @Test
        @DisplayName("should single out the test whose only assertion is assertNotNull on a mock")
        void notNullOnly() {
            run(WeakCheckoutTestCase.class, WeakLegacyTestCase.class);

            ReportFiles report = ReportFiles.read(reportDir);
            assertThat(report.testNames(t -> t.get("notNullOnly").getAsBoolean())).containsExactly("sendsReceipt()");
            JsonObject sendsReceipt = report.test("sendsReceipt()");
            assertThat(sendsReceipt.get("assertions").getAsLong()).isEqualTo(1);
            assertThat(sendsReceipt.get("notNullAssertions").getAsLong()).isEqualTo(1);
            // calculatesFee also asserts only non-null, but the fee invariants checked the value.
            assertThat(report.test("calculatesFee()").get("notNullOnly").getAsBoolean()).isFalse();
        }

        @Test
        @DisplayName("should name the invariants left unchecked behind mocks, with the tests that mocked them")
        void mockedAway() {
            run(WeakCheckoutTestCase.class, WeakLegacyTestCase.class);

            ReportFiles report = ReportFiles.read(reportDir);
            // Each was left unchecked while tests replaced its class with a mock.
            assertThat(report.withSignal("mocked-away")).containsExactlyInAnyOrder("receipt-mentions-amount",
                    "withdraw-rejects-overdraft", "fee-rejects-negative");
            assertThat(report.strings(report.invariant("receipt-mentions-amount"), "mockedIn"))
                    .extracting(ReportFilesNames::method)
                    .containsExactlyInAnyOrder("checkoutWorks()", "verifiesWithdrawal()", "sendsReceipt()",
                            "sendsReceiptForPayment");
            assertThat(report.strings(report.invariant("withdraw-rejects-overdraft"), "mockedIn"))
                    .extracting(ReportFilesNames::method).containsExactlyInAnyOrder("checkoutWorks()", "verifiesWithdrawal()");
            assertThat(report.strings(report.test("checkoutWorks()"), "mocked")).containsExactlyInAnyOrder(
                    "dev.invariants.junit.fixtures.signals.FeeCalculator", "dev.invariants.junit.fixtures.signals.Wallet",
                    "dev.invariants.junit.fixtures.signals.ReceiptSender");
        }

        @Test
        @DisplayName("should flag invariants exercised only on the happy path")
        void happyPath() {
            run(WeakCheckoutTestCase.class, WeakLegacyTestCase.class);

            ReportFiles report = ReportFiles.read(reportDir);
            // No test passed a negative amount or overdrew: both guards never failed, both exceptions never seen.
            // premium-fee-cap's guard did fail (capsPremiumFees used the standard tier), so it is not on the list.
            assertThat(report.withSignal("happy-path-only")).containsExactlyInAnyOrder("fee-non-negative",
                    "fee-rejects-negative", "withdraw-within-balance", "withdraw-rejects-overdraft");
            assertThat(message(report, "fee-rejects-negative", "happy-path-only")).isEqualTo(
                    "the declared exception [IllegalArgumentException] was never observed: all 2 calls had "
                            + "[amount.signum() < 0] false");
            assertThat(message(report, "withdraw-within-balance", "happy-path-only"))
                    .isEqualTo("never called with [amount <= balance] false: the invalid-input path was not exercised");
        }

        @Test
        @DisplayName("should flag comparisons whose tests never came near the edge: a cap of 250 seen only at 2.50")
        void boundaries() {
            run(WeakCheckoutTestCase.class, WeakLegacyTestCase.class);

            ReportFiles report = ReportFiles.read(reportDir);
            assertThat(report.withSignal("far-from-boundary")).containsExactlyInAnyOrder("premium-fee-cap",
                    "fee-non-negative", "wallet-non-negative");
            JsonObject cap = report.invariant("premium-fee-cap").getAsJsonArray("boundaries").get(0).getAsJsonObject();
            assertThat(cap.get("comparison").getAsString()).isEqualTo("result.compareTo(CAP) <= 0");
            assertThat(cap.get("left").getAsString()).isEqualTo("result");
            assertThat(cap.get("right").getAsString()).isEqualTo("CAP");
            JsonObject closest = cap.getAsJsonObject("closest");
            assertThat(closest.get("left").getAsDouble()).isEqualTo(2.5);
            assertThat(closest.get("right").getAsDouble()).isEqualTo(250.0);
            assertThat(closest.get("slack").getAsDouble()).isEqualTo(247.5);
            assertThat(closest.get("test").getAsString()).endsWith("[method:calculatesFee()]");
            assertThat(cap.get("near").getAsBoolean()).isFalse();
            assertThat(message(report, "premium-fee-cap", "far-from-boundary")).isEqualTo(
                    "never near its edge: [result.compareTo(CAP) <= 0] closest slack 247.5 (result = 2.5 vs CAP = 250)"
                            + " in WeakCheckoutTestCase.calculatesFee()");
            // 100 - 30 leaves 70: far from 0 in steps of 1.
            assertThat(message(report, "wallet-non-negative", "far-from-boundary")).contains("closest slack 70 ");
        }

        @Test
        @DisplayName("should flag a claim the test never checked, and name an unknown id as a definition error")
        void claims() {
            FixtureRunResult result = run(WeakCheckoutTestCase.class, WeakLegacyTestCase.class);

            ReportFiles report = ReportFiles.read(reportDir);
            assertThat(report.strings(report.test("capsPremiumFees()"), "unverifiedClaims")).containsExactly("premium-fee-cap");
            assertThat(report.testNames(t -> t.getAsJsonArray("unverifiedClaims").size() > 0))
                    .containsExactly("capsPremiumFees()");
            assertThat(report.strings(report.invariant("premium-fee-cap"), "claimedBy")).singleElement().asString()
                    .endsWith("[method:capsPremiumFees()]");
            assertThat(report.strings(report.root(), "claimErrors")).containsExactly(
                    "@Verifies on dev.invariants.junit.fixtures.signals.WeakCheckoutTestCase.withdrawsMoney(): "
                            + "no declared invariant has the id [wallet-never-negative]");
            assertThat(result.output()).contains("[invariants] @Verifies ids that name no declared invariant (1):\n"
                    + "    @Verifies on dev.invariants.junit.fixtures.signals.WeakCheckoutTestCase.withdrawsMoney(): "
                    + "no declared invariant has the id [wallet-never-negative]\n");
        }

        @Test
        @DisplayName("should show every signal on the page, escaped")
        void page() throws Exception {
            run(WeakCheckoutTestCase.class, WeakLegacyTestCase.class);

            String html = java.nio.file.Files.readString(reportDir.resolve("index.html"));
            assertThat(html)
                    .contains("<a class=\"card signal happy-path-only\" data-key=\"happy-path-only\" href=\"#signal=happy-path-only\"><b>4</b>")
                    .contains("<a class=\"card signal far-from-boundary\" data-key=\"far-from-boundary\" href=\"#signal=far-from-boundary\"><b>3</b>")
                    .contains("<a class=\"card signal mocked-away\" data-key=\"mocked-away\" href=\"#signal=mocked-away\"><b>3</b>")
                    .contains("<a class=\"card vacuous\" data-key=\"vacuous\" href=\"#tests=vacuous\"><b>2</b>")
                    .contains("<i>far-from-boundary</i> never near its edge: [result.compareTo(CAP) &lt;= 0] closest slack 247.5")
                    .contains("<i>mocked-away</i> mocked in WeakCheckoutTestCase.checkoutWorks()")
                    .contains("<div class=\"signal not-null-only\">only not-null assertions</div>")
                    .contains("<div class=\"signal unverified-claims\">claims but never checked: premium-fee-cap</div>")
                    .contains("<li class=\"problem\">@Verifies on dev.invariants.junit.fixtures.signals.WeakCheckoutTestCase"
                            + ".withdrawsMoney(): no declared invariant has the id [wallet-never-negative]</li>");
        }

        @Test
        @DisplayName("should list the flagged tests and count each signal kind once in the console summary")
        void console() {
            FixtureRunResult result = run(WeakCheckoutTestCase.class, WeakLegacyTestCase.class);

            JsonObject summary = ReportFiles.read(reportDir).summary();
            assertThat(summary.get("mockedAway").getAsInt()).isEqualTo(3);
            assertThat(result.output())
                    .contains("[invariants] vacuous tests, no assertion and no invariant checked (2):\n")
                    .contains("    WeakCheckoutTestCase.checkoutWorks()\n")
                    .contains("[invariants] tests whose only assertions are not-null checks (1):\n"
                            + "    WeakCheckoutTestCase.sendsReceipt()\n")
                    .contains("[invariants] tests claiming invariants they never checked (@Verifies) (1):\n"
                            + "    WeakCheckoutTestCase.capsPremiumFees(): premium-fee-cap\n")
                    .contains("    receipt-mentions-amount at dev.invariants.junit.fixtures.signals.ReceiptSender.send(ReceiptSender.java)\n")
                    // the counts agree with the JSON's; the evidence of each is on the page, not repeated here
                    .contains("[invariants] signals (invariants): " + summary.get("happyPathOnly").getAsInt()
                            + " exercised only on the happy path, " + summary.get("farFromBoundary").getAsInt()
                            + " never near their edge, 3 left unchecked behind mocks; each with its evidence in the report\n")
                    .doesNotContain("        mocked in ", "never called with [");
            assertThat(summary.get("happyPathOnly").getAsInt()).isPositive();
            assertThat(summary.get("farFromBoundary").getAsInt()).isPositive();
        }
    }

    @Test
    @DisplayName("should name the tests that ran with a mock made in class set-up, not the class container")
    void mockedInClassSetUp() throws Exception {
        run(dev.invariants.junit.fixtures.signals.MockedInSetUpTestCase.class);

        String html = java.nio.file.Files.readString(reportDir.resolve("index.html"));
        // in the order the tests ran, which is Jupiter's (deterministic, not alphabetical)
        assertThat(html).containsAnyOf(
                "<i>mocked-away</i> mocked in MockedInSetUpTestCase.sendsThroughTheSharedMock(), "
                        + "MockedInSetUpTestCase.sendsAgainThroughTheSharedMock()<",
                "<i>mocked-away</i> mocked in MockedInSetUpTestCase.sendsAgainThroughTheSharedMock(), "
                        + "MockedInSetUpTestCase.sendsThroughTheSharedMock()<")
                .doesNotContain("MockedInSetUpTestCase.dev.invariants");
        assertThat(ReportFiles.read(reportDir).strings(ReportFiles.read(reportDir).invariant("receipt-mentions-amount"),
                "mockedIn")).hasSize(2).allSatisfy(id -> assertThat(id).contains("[method:"));
    }

    @Nested
    @DisplayName("should flag nothing in the careful twin")
    class Strong {

        @Test
        @DisplayName("should find no vacuous or not-null-only test, no unverified claim, and no invariant signal")
        void nothing() {
            FixtureRunResult result = run(StrongCheckoutTestCase.class, StrongLegacyTestCase.class);

            assertThat(result.failures()).isEmpty();
            ReportFiles report = ReportFiles.read(reportDir);
            JsonObject summary = report.summary();
            assertThat(summary.get("declared").getAsInt()).isEqualTo(7);
            assertThat(summary.get("checked").getAsInt()).isEqualTo(7);
            assertThat(summary.get("tests").getAsInt()).isEqualTo(9);
            for (String field : new String[] {"vacuousTests", "notNullOnlyTests", "unverifiedClaims", "claimErrors",
                "happyPathOnly", "farFromBoundary", "mockedAway"}) {
                assertThat(summary.get(field).getAsInt()).as(field).isZero();
            }
            assertThat(report.withSignal("happy-path-only")).isEmpty();
            assertThat(report.root().get("assertionsCounted").getAsBoolean()).isTrue();
            assertThat(report.invariant("premium-fee-cap").getAsJsonArray("boundaries").get(0).getAsJsonObject()
                    .get("near").getAsBoolean()).isTrue();
            // The spy ran the real receipts: its invariant was checked, so mocking it is no signal.
            assertThat(report.strings(report.test("paysFeeOnTopAndSendsReceipt()"), "mocked"))
                    .contains("dev.invariants.junit.fixtures.signals.ReceiptSender");
            assertThat(report.strings(report.invariant("receipt-mentions-amount"), "mockedIn")).isEmpty();
            assertThat(result.output()).doesNotContain("vacuous tests (", "not-null checks", "never checked (@Verifies)",
                    "happy path", "near their edge", "mocked in");
        }
    }

    @Nested
    @DisplayName("should merge signals across JVM parts")
    class Merging {

        @Test
        @DisplayName("should keep the closest boundary observation, every count and every mock when two sessions merge")
        void twoParts() {
            run(WeakCheckoutTestCase.class);
            FixtureRunResult second = run(StrongCheckoutTestCase.class);

            assertThat(second.output()).contains("from 2 JVMs");
            ReportFiles report = ReportFiles.read(reportDir);
            assertThat(report.root().get("parts").getAsInt()).isEqualTo(2);
            assertThat(report.root().get("assertionsCounted").getAsBoolean()).isTrue();
            JsonObject cap = report.invariant("premium-fee-cap").getAsJsonArray("boundaries").get(0).getAsJsonObject();
            // 2.50 (first part) and 250.00 (second part): the merge keeps the one at the edge.
            assertThat(cap.getAsJsonObject("closest").get("left").getAsDouble()).isEqualTo(250.0);
            assertThat(cap.getAsJsonObject("closest").get("test").getAsString()).endsWith("[method:capsPremiumFeesAt250()]");
            assertThat(cap.get("near").getAsBoolean()).isTrue();
            assertThat(report.withSignal("far-from-boundary")).isEmpty();
            // The careful part checked the receipts' rule, so the first part's mocks no longer flag it.
            assertThat(report.withSignal("mocked-away")).isEmpty();
            assertThat(report.strings(report.test("checkoutWorks()"), "mocked")).hasSize(3);
            assertThat(report.test("sendsReceipt()").get("notNullAssertions").getAsLong()).isEqualTo(1);
            assertThat(report.testNames(t -> t.get("vacuous").getAsBoolean())).containsExactly("checkoutWorks()");
            assertThat(report.strings(report.root(), "claimErrors")).hasSize(1);
        }
    }

    private static String message(ReportFiles report, String id, String kind) {
        for (var each : report.invariant(id).getAsJsonArray("signals")) {
            if (each.getAsJsonObject().get("kind").getAsString().equals(kind)) {
                return each.getAsJsonObject().get("message").getAsString();
            }
        }
        throw new AssertionError("no signal [" + kind + "] on [" + id + "]");
    }

    /** The method segment of a unique id: {@code [method:checkoutWorks()]} or a Vintage {@code [test:name(Class)]}. */
    private static final class ReportFilesNames {

        static String method(String uniqueId) {
            String last = uniqueId.substring(uniqueId.lastIndexOf("/[") + 2, uniqueId.length() - 1);
            String value = last.substring(last.indexOf(':') + 1);
            int paren = value.indexOf('(');
            return last.startsWith("test:") && paren > 0 ? value.substring(0, paren) : value;
        }
    }
}
