package dev.invariants.benchmarks.oldvalue;

import dev.invariants.benchmarks.percall.InsideTest;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** {@link CheckedAccount} called inside a running test. */
@State(Scope.Thread)
public class AccountInsideTest extends InsideTest {

    public AccountInsideTest() {
        super("deposit-adds");
    }
}
