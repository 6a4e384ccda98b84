/**
 * What an invariant is, read from class-file bytes. The weaver and the scanner both read definitions
 * here, so ids, members and source lines always agree; {@link InvariantRegistry} gives each definition
 * the dense index the runtime and the ledger count by. Not API.
 */
package dev.invariants.junit.internal.model;
