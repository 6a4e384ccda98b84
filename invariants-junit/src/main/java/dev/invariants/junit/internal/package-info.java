/**
 * Internal implementation of {@code invariants-junit}. Not API: anything here may change or
 * disappear in any release. Use {@link dev.invariants.junit} and {@link dev.invariants.Invariant}.
 */
package dev.invariants.junit.internal;
