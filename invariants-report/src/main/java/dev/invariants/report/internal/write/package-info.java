/**
 * The three renderings of a report: {@code invariants.json} ({@link ReportJsonWriter}), {@code index.html}
 * ({@link HtmlReport}) and the console summary ({@link ConsoleSummary}). Imports the report model only. Not API.
 */
package dev.invariants.report.internal.write;
