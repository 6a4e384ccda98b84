/** Emission: the typed tree as bytecode (ASM), lambdas through LambdaMetafactory. Not API. */
package dev.invariants.junit.internal.expr.emit;
