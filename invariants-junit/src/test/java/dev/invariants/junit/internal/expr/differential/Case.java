package dev.invariants.junit.internal.expr.differential;

/**
 * One expression to compile with both compilers.
 *
 * @param origin     where it comes from: {@code corpus.txt:123} or {@code generated#17 (seed 42)}
 * @param section    the corpus section (its comment header) or {@code generated <type>}
 * @param context    the name of the context method, one of {@link Contexts}
 * @param expression the expression's text
 * @param outside    whether it is outside the invariant language (assignments, increments, switch, block
 *                   lambdas...): javac may compile it, ours must reject it
 */
record Case(String origin, String section, String context, String expression, boolean outside) {

    Case(String origin, String section, String context, String expression) {
        this(origin, section, context, expression, false);
    }

    @Override
    public String toString() {
        return (outside ? "!" : "") + context + " | " + expression + "   (" + origin + ")";
    }
}
