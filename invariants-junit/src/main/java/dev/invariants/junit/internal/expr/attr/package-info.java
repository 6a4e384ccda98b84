/** Attribution: names, types (read from class files, generics included), overloads, conversions and lambdas, as JLS 15 defines them. Not API. */
package dev.invariants.junit.internal.expr.attr;
