/**
 * The PIT plugin of {@code invariants}: not API. What users rely on is the plugin's name in PIT's configuration
 * ({@code invariants} as the test plugin, {@code INVARIANTS} as an output format) and the file it writes
 * ({@code docs/mutation.md}); every class here may change in any release.
 */
package dev.invariants.pitest.internal;
