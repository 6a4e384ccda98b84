/**
 * The annotations of {@code invariants}: rules written next to production code as Java expressions.
 *
 * <p>This package is the whole production-scope API and has no dependencies. Checking, reporting
 * and generation live in the test-scope modules {@code invariants-junit} and
 * {@code invariants-property}.
 *
 * @see dev.invariants.Invariant
 */
package dev.invariants;
