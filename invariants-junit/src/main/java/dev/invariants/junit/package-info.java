/**
 * The test-side API of {@code invariants}: adding {@code invariants-junit} to the test classpath
 * checks every {@code @Invariant} during any JUnit Platform run and reports which tests checked
 * which invariant. Nothing here needs to be registered by hand.
 */
package dev.invariants.junit;
