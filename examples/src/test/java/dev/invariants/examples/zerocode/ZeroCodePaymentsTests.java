package dev.invariants.examples.zerocode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The zero-code mode over the payments domain: no test code, {@code invariants.property.auto=true}, a launcher
 * session selecting the domain's package as an IDE's "run all in package" does. Every invariant there is
 * correct, so no generated test may fail.
 */
class ZeroCodePaymentsTests {

    private static final String ENGINE = "[engine:invariants-properties]/";
    private static final Map<TestIdentifier, TestExecutionResult> NODES = new LinkedHashMap<>();

    @BeforeAll
    static void run(@TempDir Path dir) {
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                if (identifier.getUniqueId().startsWith(ENGINE)) {
                    NODES.put(identifier, result);
                }
            }
        };
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectPackage("dev.invariants.examples.payments"))
                    .configurationParameter("invariants.enabled", "true")
                    .configurationParameter("invariants.property.auto", "true")
                    .configurationParameter("invariants.scan.packages", "dev.invariants.examples.payments")
                    .configurationParameter("invariants.report.dir", dir.resolve("report").toString())
                    .configurationParameter("invariants.property.seed", "42")
                    .configurationParameter("invariants.property.examples.dir", dir.resolve("examples").toString())
                    .build(), listener);
        }
    }

    private static Map<String, TestExecutionResult> tests() {
        Map<String, TestExecutionResult> tests = new LinkedHashMap<>();
        NODES.forEach((identifier, result) -> {
            if (identifier.isTest()) {
                tests.put(identifier.getDisplayName(), result);
            }
        });
        return tests;
    }

    private static String message(TestExecutionResult result) {
        return result.getThrowable().map(Throwable::getMessage).orElse("");
    }

    @Test
    @DisplayName("should generate one test per invariant of the domain, one container per class")
    void tree() {
        // Account 1, CheckoutService 2, FeeCalculator 5, IdempotencyKeys 4, InvoiceSummarizer 2, Ledger 6, Payment 4,
        // TransferService 6: the 30 invariants of the demo's declared set
        assertThat(tests()).hasSize(30);
        assertThat(NODES.keySet()).filteredOn(TestIdentifier::isContainer).extracting(TestIdentifier::getDisplayName)
                .containsExactlyInAnyOrder("Account", "CheckoutService", "FeeCalculator", "IdempotencyKeys",
                        "InvoiceSummarizer", "Ledger", "Payment", "TransferService");
    }

    @Test
    @DisplayName("should raise no false failure on the correct invariants")
    void noFalseFailure() {
        tests().forEach((name, result) -> assertThat(result.getStatus()).as(name + ": " + message(result))
                .isNotEqualTo(Status.FAILED));
        // the engine can build most of the domain's inputs; a run where nothing passed would prove nothing above
        assertThat(tests().values()).filteredOn(r -> r.getStatus() == Status.SUCCESSFUL).hasSizeGreaterThan(10);
    }

    @Test
    @DisplayName("should abort, not fail and not hide, the invariants it cannot generate inputs for, saying why")
    void abortedWithReason() {
        // e.g. TransferService needs a user generator (its collaborators cannot be generated), and Currency built from
        // random strings is refused by Currency.getInstance: each such node says so and what to provide
        tests().forEach((name, result) -> {
            if (result.getStatus() == Status.ABORTED) {
                String id = name.substring(0, name.indexOf(" · "));
                assertThat(message(result)).as(name)
                        .matches("(?s)\\[" + java.util.regex.Pattern.quote(id)
                                + "\\] (cannot be tested with generated inputs|checked too few inputs: .*).*")
                        .containsPattern("provide a generator|provide a Generator<");
            }
        });
    }
}
