package dev.invariants.junit.internal.expr.attr;

import dev.invariants.junit.internal.expr.tree.Typed;
import java.util.List;

/**
 * An attributed expression.
 *
 * @param expression the expression, {@code boolean} for {@code PRE}, {@code POST} and {@code TYPE} (a
 *                   {@code Boolean} is unboxed by attribution), any type for {@code VALUE}
 * @param olds       the {@code old(e)} values it uses, by {@code Variable.index}: each {@code e} attributed in
 *                   the entry context (parameters and {@code this} as on entry), typed as {@code e}'s static type
 * @param shown      the fields of {@code this} it reads, by name, in first-read order: what a violation message
 *                   shows beside the parameters, {@code result} and the old values
 * @param usesResult whether it reads {@code result}
 */
public record Attributed(Typed expression, List<Old> olds, List<Shown> shown, boolean usesResult) {

    /** One {@code old(e)}: its source text as written and {@code e} attributed. */
    public record Old(String source, Typed value) {}

    /** A value shown in messages: {@code balance} and how to read it. */
    public record Shown(String name, Typed value) {}
}
