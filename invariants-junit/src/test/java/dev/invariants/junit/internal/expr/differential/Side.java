package dev.invariants.junit.internal.expr.differential;

import java.util.List;
import java.util.Map;

/** A compiler under comparison: javac (the oracle) or ours. */
interface Side {

    String name();

    /** Compiles every case; the map has an entry for each. */
    Map<Case, Compiled> compile(List<Case> cases);

    /** This side's {@link Purse}: javac's is recompiled in its own loader, with the expressions' methods. */
    Class<?> purse();
}
