package dev.invariants.benchmarks.combinations;

import dev.invariants.benchmarks.percall.CheckingSession;
import dev.invariants.benchmarks.percall.InsideTest;
import dev.invariants.junit.internal.ledger.Ledger;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** {@link CheckedPremiums} called inside a running test with {@code invariants.combinations=true}. */
@State(Scope.Thread)
public class PremiumsInsideTest extends InsideTest {

    public PremiumsInsideTest() {
        super("premium-positive");
    }

    @Override
    protected java.util.Map<String, String> configuration() {
        return java.util.Map.of("invariants.combinations", "true");
    }

    @Override
    protected void verify(Ledger closing) {
        if (!closing.pairs().containsKey(CheckingSession.indexOf("premium-positive"))) {
            throw new IllegalStateException("premium-positive recorded no pairs: the benchmark did not measure them");
        }
    }
}
