/**
 * Extension points of {@code invariants-property}: generators for users' own types, and the
 * oracle through which the invariant runtime tells the engine what every generated call did.
 *
 * <p>{@link dev.invariants.property.spi.Generator} and {@link dev.invariants.property.spi.Source}
 * are all a user needs to write a generator; {@link dev.invariants.property.spi.GeneratorProvider}
 * is service-loaded for libraries that ship generators. {@link dev.invariants.property.spi.InvariantOracle}
 * is implemented by {@code invariants-junit}.
 */
package dev.invariants.property.spi;
