/**
 * Counting: what the runtime evaluated, per thread and per test, container or unattributed bucket,
 * with the assertion counts, mocked types and boundary observations beside it. No JUnit types: the
 * platform package tells it which test runs where. Not API.
 */
package dev.invariants.junit.internal.ledger;
