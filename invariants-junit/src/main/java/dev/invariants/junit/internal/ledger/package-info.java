/**
 * Recording what the runtime evaluated, attributed to the test that caused it. Not API.
 */
package dev.invariants.junit.internal.ledger;
