package dev.invariants.junit.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.invariants.junit.fixtures.ledger.AccountTestCase;
import dev.invariants.junit.fixtures.ledger.AloneTestCase;
import dev.invariants.junit.testkit.FixtureRun;
import dev.invariants.junit.testkit.FixtureRunResult;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session gate over runs that select part of the suite (one test re-run from an IDE), and over several
 * runs in one JVM: no build id is set, as in a user's project, so the id is derived.
 */
class PartialRunTests {

    private static final String GATE_BELOW = "invariant coverage 20.0% is below the minimum 80.0%"
            + " (invariants.gate.min-coverage=0.8): 1 of 5 invariants checked";

    @TempDir
    Path reportDir;

    private FixtureRun gated(FixtureRun run) {
        return run.configuration("invariants.report.dir", reportDir.toString())
                .configuration("invariants.scan.packages", "dev.invariants.junit.fixtures.ledger")
                .configuration("invariants.gate.min-coverage", "0.8");
    }

    @Test
    @DisplayName("should give one selected method its result and a partial-run line, not a gate failure")
    void oneMethod() {
        FixtureRunResult result = gated(FixtureRun.selecting(selectMethod(AccountTestCase.class, "depositsAmount"))).execute();

        assertThat(result.closeFailure()).isNull();
        assertThat(result.test("depositsAmount()").successful()).isTrue();
        assertThat(result.output()).contains("coverage 40.0% over 1 test").contains("[invariants] partial run: 3 of 5"
                + " invariants in scope (a method selected); the gate (invariants.gate.min-coverage) judges whole-suite"
                + " runs only, invariants.gate.partial-runs=apply gates partial runs too");
    }

    @Test
    @DisplayName("should take a unique id selected (how IDEs re-run a test) as a partial run too")
    void uniqueId() {
        String id = "[engine:junit-jupiter]/[class:" + AloneTestCase.class.getName() + "]/[method:handsWorkToAnotherThread()]";
        FixtureRunResult result = gated(FixtureRun.selecting(selectUniqueId(id))).execute();

        assertThat(result.closeFailure()).isNull();
        assertThat(result.output()).contains("[invariants] partial run: 1 of 5 invariants in scope (a unique id selected)");
    }

    @Test
    @DisplayName("should gate a partial run when invariants.gate.partial-runs=apply")
    void applied() {
        FixtureRunResult result = gated(FixtureRun.selecting(selectMethod(AloneTestCase.class, "handsWorkToAnotherThread")))
                .configuration("invariants.gate.partial-runs", "apply").execute();

        assertThat(result.closeFailure()).isInstanceOf(GateFailure.class).hasMessageStartingWith(GATE_BELOW);
        assertThat(result.output()).doesNotContain("partial run:");
    }

    @Test
    @DisplayName("should fail the run on an invalid invariants.gate.partial-runs, after the test ran, naming key and value")
    void invalidValue() {
        FixtureRunResult result = gated(FixtureRun.selecting(selectMethod(AloneTestCase.class, "handsWorkToAnotherThread")))
                .configuration("invariants.gate.partial-runs", "always").execute();

        // a mistyped `apply` must not leave the partial run ungated in silence: the run fails, the test kept its result
        assertThat(result.failures()).isEmpty();
        assertThat(result.closeFailure()).isInstanceOf(GateFailure.class).hasMessage("invalid value [always] for"
                + " configuration key [invariants.gate.partial-runs]: expected `skip` or `apply`; the run fails rather"
                + " than run without the gate of partial runs.");
    }

    @Test
    @DisplayName("should judge a second run in the same JVM on its own data, not on an earlier run's part")
    void earlierRunNotMerged() {
        FixtureRunResult first = gated(FixtureRun.of(AccountTestCase.class)).configuration("invariants.gate.min-coverage", "0")
                .execute();
        // Gated whatever the JVM (class selections count as partial outside a build tool): this is about history.
        FixtureRunResult second = gated(FixtureRun.of(AloneTestCase.class))
                .configuration("invariants.gate.partial-runs", "apply").execute();

        assertThat(first.closeFailure()).isNull();
        assertThat(second.output()).contains("coverage 20.0% over 1 test\n").doesNotContain("from 2 JVMs");
        assertThat(second.closeFailure()).isInstanceOf(GateFailure.class).hasMessageStartingWith(GATE_BELOW);
    }
}
