/** What woven code calls: linking call sites, the definition registry (index of every invariant), evaluating outcomes, per-thread state and violation messages. Not API. */
package dev.invariants.junit.internal.runtime;
