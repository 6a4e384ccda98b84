/** Finding {@code post} expressions no value could falsify. Internal: not API, may change without notice. */
package dev.invariants.property.internal.tautology;
