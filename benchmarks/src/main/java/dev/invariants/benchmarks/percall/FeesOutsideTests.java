package dev.invariants.benchmarks.percall;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** {@link CheckedFees} called outside any test. */
@State(Scope.Thread)
public class FeesOutsideTests extends OutsideTests {

    public FeesOutsideTests() {
        super("fee-added");
    }
}
