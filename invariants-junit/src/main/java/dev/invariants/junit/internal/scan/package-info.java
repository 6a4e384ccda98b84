/**
 * The declared set: which class-path entries to read, and every {@code @Invariant} their class files
 * declare, found without loading a class. Not API.
 */
package dev.invariants.junit.internal.scan;
