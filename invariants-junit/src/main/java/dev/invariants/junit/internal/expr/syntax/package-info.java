/** The grammar of invariant expressions: tokens, the untyped tree, syntax errors with positions. Imports nothing of ours. Not API. */
package dev.invariants.junit.internal.expr.syntax;
