/** The bytecode inserted into checked members: one call on entry, one on each exit. Not API. */
package dev.invariants.junit.internal.weave;
