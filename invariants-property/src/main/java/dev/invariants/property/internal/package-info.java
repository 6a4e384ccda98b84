/**
 * The engine of {@code invariants-property}. Not API: anything here may change in any release.
 */
package dev.invariants.property.internal;
