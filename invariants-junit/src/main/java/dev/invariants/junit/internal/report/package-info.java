/**
 * The report: the declared set, the report model, {@code invariants.json} (writer and reader),
 * {@code index.html}, the console summary, merging the parts of several JVMs, and the gate.
 * Free of JUnit Platform types so that the Maven plugin can use it. Not API.
 */
package dev.invariants.junit.internal.report;
