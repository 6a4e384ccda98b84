/**
 * The subject of a generated test: the class under test, how its members are invoked, the method and
 * call-sequence (stateful) properties built over them, and user-provided generator methods. Internal to
 * {@code invariants-property}; not API: anything here may change in any release.
 */
package dev.invariants.property.internal.subject;
