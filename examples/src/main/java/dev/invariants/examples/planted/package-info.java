/**
 * Deliberately buggy classes for the property generator to find, each next to its correct twin.
 *
 * <p>Every {@code Buggy*} class declares the same rules as its twin (under {@code buggy-*} ids, the
 * twin under {@code twin-*}) and breaks one of them in a way a hand-written happy-path test does
 * not reach:
 * <ul>
 *   <li>{@link BuggyRefundablePayment}: a refund exactly at the remaining amount of a payment that
 *       was already partly refunded is recorded as if it were the only refund (cross-field);</li>
 *   <li>{@link BuggySettlementBatch}: the running total in cents wraps around on overflow;</li>
 *   <li>{@link BuggyJournal}: reversing an entry twice leaves debits and credits apart, which only
 *       a sequence of calls reaches.</li>
 * </ul>
 *
 * <p>Nothing in the demo's two suites touches this package, so the project's default build stays
 * green. {@code PlantedBugsTests} shows each bug on its known input with runtime checking off; the
 * generated tests that must find them arrive with {@code invariants-property}.
 */
package dev.invariants.examples.planted;
