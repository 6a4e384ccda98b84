/**
 * The invariants report, as a model and as a reader of {@code invariants.json}: the public API for tools
 * that read what a run recorded. {@link dev.invariants.report.ReportReader} reads a file into a
 * {@link dev.invariants.report.Report}; the model's records are the file's fields, with the derived views
 * ({@link dev.invariants.report.Report#summary()}, {@link dev.invariants.report.ReportInvariant#status()},
 * {@link dev.invariants.report.Signals}) computed from them. The file format itself is documented in
 * docs/report-format.md.
 *
 * <p>Free of JUnit, Byte Buddy and any other dependency: the Maven plugin and users' tools read reports with
 * nothing else on their class path. Writing, merging, gating and the report directory live under
 * {@code dev.invariants.report.internal}, shared by invariants-junit and invariants-maven-plugin only.
 */
package dev.invariants.report;
