package dev.invariants.benchmarks.combinations;

import dev.invariants.benchmarks.percall.CheckingSession;
import dev.invariants.benchmarks.percall.InsideTest;
import dev.invariants.junit.internal.ledger.Ledger;
import java.util.Map;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** {@link CheckedPremiums} called inside a running test with {@code invariants.combinations=false}. */
@State(Scope.Thread)
public class PremiumsWithoutCombinations extends InsideTest {

    public PremiumsWithoutCombinations() {
        super("premium-positive");
    }

    @Override
    protected Map<String, String> configuration() {
        return Map.of("invariants.combinations", "false");
    }

    @Override
    protected void verify(Ledger closing) {
        if (closing.pairs().containsKey(CheckingSession.indexOf("premium-positive"))) {
            throw new IllegalStateException("premium-positive recorded pairs although invariants.combinations=false");
        }
    }
}
