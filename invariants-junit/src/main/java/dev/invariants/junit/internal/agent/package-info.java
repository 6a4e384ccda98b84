/** Activation: obtaining {@code Instrumentation}, the class-file transformer and the choice of classes to weave. Not API. */
package dev.invariants.junit.internal.agent;
