/**
 * What writes, merges, gates and stores reports, shared by invariants-junit (at session close) and
 * invariants-maven-plugin (after the tests). Not API: may change in any release.
 */
package dev.invariants.report.internal;
