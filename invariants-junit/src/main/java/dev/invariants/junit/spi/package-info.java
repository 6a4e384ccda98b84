/**
 * The service-provider interface between invariants-junit and invariants-property, and nothing else:
 * the definitions of a class and of the run's declared set, observing one call, recording a generated
 * run, the run's settings and warnings, and the expression compiler's parser and free-variable compiler
 * ({@link InvariantsRuntime}), with the value types they use (the syntax tree in {@code spi.syntax}).
 *
 * <p>An SPI, not an API for tests: invariants-property is its one client and ships at the same version,
 * so it may change in any release together with it. The implementation lives in invariants-junit's
 * internals and is found with {@link java.util.ServiceLoader}; this package imports none of them.
 */
package dev.invariants.junit.spi;
