/** Compiling invariant expressions to one class per woven class (Janino, javac as fallback), with definition errors that name what is wrong. Not API. */
package dev.invariants.junit.internal.expr;
