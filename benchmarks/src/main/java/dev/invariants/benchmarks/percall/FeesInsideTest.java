package dev.invariants.benchmarks.percall;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** {@link CheckedFees} called inside a running test. */
@State(Scope.Thread)
public class FeesInsideTest extends InsideTest {

    public FeesInsideTest() {
        super("fee-added");
    }
}
