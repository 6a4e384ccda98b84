/** The typed tree: what attribution hands emission, every name resolved and every conversion explicit. Not API. */
package dev.invariants.junit.internal.expr.tree;
