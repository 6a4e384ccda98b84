package dev.invariants.benchmarks.property;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Counted per iteration and reported by JMH as rates like the score: {@code tries} per second, {@code rejected} per second. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Tries {

    public long tries;
    public long rejected;

    @Setup(Level.Iteration)
    public void reset() {
        tries = 0;
        rejected = 0;
    }
}
