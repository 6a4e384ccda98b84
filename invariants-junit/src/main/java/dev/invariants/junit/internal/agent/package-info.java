/** Activation: obtaining {@code Instrumentation} and installing the class-file transformer. Not API. */
package dev.invariants.junit.internal.agent;
