package dev.invariants.property.spi;

/**
 * Performs the call described by a {@link Call}: the oracle decides when, and inside which
 * observation scope.
 */
@FunctionalInterface
public interface Invocation {

    /**
     * Runs the call.
     *
     * @return the returned value (the new instance for a constructor, {@code null} for {@code void})
     * @throws Throwable whatever the called code threw, unwrapped
     */
    Object proceed() throws Throwable;
}
