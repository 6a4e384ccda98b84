/**
 * The zero-code mode: a JUnit Platform test engine running generated property tests for every class with
 * invariants. Internal to {@code invariants-property}; not API: anything here may change in any release.
 */
package dev.invariants.property.internal.platform;
