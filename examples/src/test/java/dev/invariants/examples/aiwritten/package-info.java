/**
 * The demo's weak suite, written on purpose the way AI assistants often write tests when asked for
 * coverage: one test class per production class, JUnit's {@code assertNotNull}/{@code assertEquals}
 * on the happy path, expected values computed the way the implementation computes them, every
 * collaborator mocked, exception classes and getters called for coverage, and a few tests that
 * assert nothing at all.
 *
 * <p>It is green and reaches high line coverage. Read it as an example of what not to trust; the
 * same domain is tested properly in {@code dev.invariants.examples.strong}. It breaks the house
 * rules for tests (JUnit assertions instead of AssertJ, tests without assertions) deliberately.
 */
package dev.invariants.examples.aiwritten;
