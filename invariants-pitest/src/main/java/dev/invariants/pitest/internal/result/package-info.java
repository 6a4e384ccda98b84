/**
 * What runs in PIT's main process: a result listener (output format {@code INVARIANTS}) that reads, from the
 * names of the killing tests, what killed each mutant, and writes {@code invariants-mutation.json} and a console
 * summary. Not API; the file's format is documented in {@code docs/mutation.md}.
 */
package dev.invariants.pitest.internal.result;
