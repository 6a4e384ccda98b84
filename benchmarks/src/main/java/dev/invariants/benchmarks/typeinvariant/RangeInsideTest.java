package dev.invariants.benchmarks.typeinvariant;

import dev.invariants.benchmarks.percall.InsideTest;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** {@link CheckedRange} called inside a running test. */
@State(Scope.Thread)
public class RangeInsideTest extends InsideTest {

    public RangeInsideTest() {
        super("range-ordered");
    }
}
