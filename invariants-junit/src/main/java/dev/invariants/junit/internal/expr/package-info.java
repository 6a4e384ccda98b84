/**
 * Compiling invariant expressions, one hidden nestmate class per woven class: parse ({@code syntax}),
 * attribute ({@code attr}), emit ({@code emit}), and here the check methods around them and the calling
 * convention with the runtime ({@code Convention}), with definition errors that say what is wrong and where.
 * Imports nothing from {@code runtime} or {@code ledger}. Not API.
 */
package dev.invariants.junit.internal.expr;
