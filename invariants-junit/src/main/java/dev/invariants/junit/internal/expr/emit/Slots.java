package dev.invariants.junit.internal.expr.emit;

import dev.invariants.junit.internal.expr.tree.Variable;

/** Where the harness keeps the variables an expression reads, and where the emitter may put its own. */
public interface Slots {

    /** The local-variable slot of a {@code THIS}, {@code PARAMETER}, {@code RESULT} or {@code OLD} variable. */
    int slot(Variable variable);

    /** A fresh slot for a value of the given size (1, or 2 for {@code long}/{@code double}), never reused in the method. */
    int allocate(int size);
}
