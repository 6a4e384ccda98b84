/**
 * The ratchet: a report compared with a baseline report (an earlier build's {@code invariants.json}), so that a
 * codebase below any absolute threshold can still refuse to get worse. Read through the public
 * {@link dev.invariants.report.ReportReader}; used by the session gate and the plugin's {@code check}. Not API.
 */
package dev.invariants.report.internal.ratchet;
