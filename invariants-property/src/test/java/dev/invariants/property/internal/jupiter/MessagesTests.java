package dev.invariants.property.internal.jupiter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.property.internal.engine.Attempt;
import dev.invariants.property.internal.engine.RunResult;
import dev.invariants.property.internal.engine.Statistics;
import dev.invariants.property.internal.engine.TryOutcome;
import dev.invariants.property.internal.pre.PreconditionAnalyzer;
import dev.invariants.property.spi.InvariantDescriptor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact text of every message users read from generated tests. */
class MessagesTests {

    static int fee(int amount) {
        return amount;
    }

    static InvariantDescriptor invariant(String pre) throws Exception {
        return new InvariantDescriptor("fee-cap", MessagesTests.class, MessagesTests.class.getDeclaredMethod("fee", int.class),
                pre, "result < 250", List.of(), "MessagesTests.java:19", List.of("amount"));
    }

    @Test
    void counterexample() throws Exception {
        TryOutcome outcome = TryOutcome.fail("violated", new AssertionError("[fee-cap] post violated\nmore"), "amount = [250]\n");
        RunResult result = new RunResult(new Attempt(new long[] {0, 250}, outcome), 5, false,
                new Statistics(12, 2, Map.of(), 40, 1));

        assertThat(PropertyMessages.counterexample(invariant("true"), result, 42, "target/x")).isEqualTo("""
                [fee-cap] violated by a generated input
                \tat dev.invariants.property.internal.jupiter.MessagesTests.fee(MessagesTests.java:19)
                \tcounterexample:
                \t  amount = [250]
                \tfound after [12] tries with seed [42], shrunk from [5] to [2] choices
                \treplay: -Dinvariants.property.seed=42
                \tcause: AssertionError: [fee-cap] post violated""");
    }

    @Test
    void rejected() throws Exception {
        InvariantDescriptor invariant = invariant("amount % 7 == 3");
        var domain = PreconditionAnalyzer.analyze(invariant.pre(), List.of("amount"), List.of(int.class));

        assertThat(PropertyMessages.rejected(invariant, new Statistics(1000, 950, Map.of("precondition false", 950), 0, 1), domain,
                Map.of("amount", "int"))).isEqualTo("""
                [fee-cap] checked too few inputs: [95%] of [1000] generated inputs were rejected
                \tat dev.invariants.property.internal.jupiter.MessagesTests.fee(MessagesTests.java:19)
                \tpre: [amount % 7 == 3]
                \tnot understood by the generators: [amount % 7 == 3]
                \trejected because: precondition false (950)
                \tprovide a generator for [amount (int)] that makes values satisfying pre: a static method returning \
                Generator<T> in the test class, or a dev.invariants.property.spi.GeneratorProvider""");
    }

    @Test
    void notEvaluated() throws Exception {
        assertThat(PropertyMessages.notEvaluated(invariant("true"))).isEqualTo("""
                [fee-cap] was not evaluated for a generated call
                \tat dev.invariants.property.internal.jupiter.MessagesTests.fee(MessagesTests.java:19)
                \tthe invariants runtime did not report it: is the class woven (invariants-junit on the test class path, \
                invariants.enabled not false)?""");
    }

    @Test
    void cannotGenerate() throws Exception {
        assertThat(PropertyMessages.cannotGenerate(invariant("true"), "no generator for [X]")).isEqualTo("""
                [fee-cap] cannot be tested with generated inputs
                \tat dev.invariants.property.internal.jupiter.MessagesTests.fee(MessagesTests.java:19)
                \tno generator for [X]""");
    }

    @Test
    void couldNotBeFalsified() throws Exception {
        assertThat(PropertyMessages.couldNotBeFalsified(invariant("true"))).isEqualTo("""
                [fee-cap] post could not be falsified: it held for every value substituted for what it reads \
                (result, parameters, fields, old values), so it very probably checks nothing
                \tat dev.invariants.property.internal.jupiter.MessagesTests.fee(MessagesTests.java:19)
                \tpost: [result < 250]""");
    }

    @Test
    void others() {
        assertThat(PropertyMessages.noInvariants(String.class))
                .isEqualTo("[java.lang.String] declares no @Invariant: its generated property tests would check nothing");
    }
}
