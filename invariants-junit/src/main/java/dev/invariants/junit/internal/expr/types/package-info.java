/** The type model attribution works on, read from class files through the class loader without loading classes: generic signatures, members, subtyping. Not API. */
package dev.invariants.junit.internal.expr.types;
