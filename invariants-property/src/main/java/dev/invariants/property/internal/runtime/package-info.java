/** The property engine's connection to the invariants runtime. Internal: not API, may change without notice. */
package dev.invariants.property.internal.runtime;
