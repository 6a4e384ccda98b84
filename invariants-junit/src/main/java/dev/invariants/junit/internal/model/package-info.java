/**
 * What an invariant is, read from class-file bytes. The weaver and the scanner both read definitions
 * here, so ids, members and source lines always agree. Not API.
 */
package dev.invariants.junit.internal.model;
