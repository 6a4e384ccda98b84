/**
 * What runs in PIT's minion JVMs: a PIT test plugin that discovers and runs tests through the JUnit Platform
 * Launcher API of whatever Platform the project has (1.14 or 6.x), one test unit per test method, and names
 * every failure after what caused it ({@link dev.invariants.pitest.internal.kill.KillName}). Not API.
 */
package dev.invariants.pitest.internal.minion;
