package dev.invariants.property.internal.engine;

import dev.invariants.property.spi.Source;

/** One property: draws an input from the source, runs it, and says how it went. */
@FunctionalInterface
public interface Property {

    /** @throws Rejection when the drawn input is not valid (the engine counts it, no failure) */
    TryOutcome check(Source source);
}
