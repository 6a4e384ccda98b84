/**
 * The oracle of generated tests: what the invariants runtime says about a class's invariants and about one
 * call, reached through {@code dev.invariants.junit.spi}. Internal: not API, may change without notice.
 */
package dev.invariants.property.internal.oracle;
