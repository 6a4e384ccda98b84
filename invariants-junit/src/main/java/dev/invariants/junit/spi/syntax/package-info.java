/**
 * The syntax tree of invariant expressions, as the runtime's compiler parses them
 * ({@link dev.invariants.junit.spi.InvariantsRuntime#parse}): part of the SPI, so that invariants-property
 * analyses preconditions on the same tree the runtime checks. Imports only the JDK.
 */
package dev.invariants.junit.spi.syntax;
