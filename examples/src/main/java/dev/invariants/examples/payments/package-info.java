/**
 * A small payments domain whose business rules are declared as {@link dev.invariants.Invariant}s:
 * card fees with a regulatory cap, transfers that conserve money, invoice summaries, refunds,
 * idempotency keys and a double-entry ledger.
 *
 * <p>It is the subject of the demo: two test suites exercise it, one written the way AI assistants
 * often write tests ({@code dev.invariants.examples.aiwritten}) and one written well
 * ({@code dev.invariants.examples.strong}). Their line coverage is similar; which invariants they
 * check is not.
 */
package dev.invariants.examples.payments;
