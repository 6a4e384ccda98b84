/**
 * Counting the assertion calls of each test, and noticing the mocks it creates, by instrumenting the
 * entry points of the assertion and mocking libraries users call. Not API.
 */
package dev.invariants.junit.internal.assertions;
