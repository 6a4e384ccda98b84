/**
 * What failed a test unit, as the minion saw it, and how that travels to PIT's main process inside the name of
 * the failing test (the only per-test data PIT passes back). Not API.
 */
package dev.invariants.pitest.internal.kill;
