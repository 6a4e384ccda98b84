/** What woven code calls: linking call sites, evaluating outcomes, per-thread state and violation messages. Not API. */
package dev.invariants.junit.internal.runtime;
