/**
 * Uniting reports (the parts of several JVMs, or the reports of reactor modules) and the gate that fails a
 * build on one. Imports the report model only. Not API.
 */
package dev.invariants.report.internal.merge;
