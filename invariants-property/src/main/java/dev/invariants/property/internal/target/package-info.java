/**
 * Internal to {@code invariants-property}; not API: anything here may change in any release.
 */
package dev.invariants.property.internal.target;
