/**
 * The demo's strong suite: behaviour asserted from the outside (values a customer or an auditor
 * would check), failure paths and their messages, boundaries such as fees exactly at the cap and
 * refunds exactly at the remaining amount, and sequences of calls on the ledger. Collaborators are
 * small in-memory fakes, not mocks. {@code @Verifies} names the invariants each test means to check,
 * so the report can flag a test that claims more than it reaches.
 */
package dev.invariants.examples.strong;
