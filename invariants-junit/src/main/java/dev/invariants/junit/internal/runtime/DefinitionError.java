package dev.invariants.junit.internal.runtime;

/**
 * An invariant that cannot be evaluated as written: it does not compile, names something not in
 * scope, is not boolean, or is declared wrongly. Thrown once, to the first test that calls the
 * member, so the mistake is seen; the invariant is reported as broken. An {@link Error} so that code
 * catching {@code Exception} cannot hide it.
 */
public final class DefinitionError extends Error {

    private static final long serialVersionUID = 1L;

    DefinitionError(String message) {
        super(message, null, false, false);
    }
}
