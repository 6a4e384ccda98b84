package dev.invariants.junit.internal.expr.differential;

/**
 * One expression to compile with both compilers.
 *
 * @param origin     where it comes from: {@code corpus.txt:123} or {@code generated#17 (seed 42)}
 * @param section    the corpus section (its comment header) or {@code generated <type>}
 * @param context    the name of the context method, one of {@link Contexts}
 * @param expression the expression's text
 */
record Case(String origin, String section, String context, String expression) {

    @Override
    public String toString() {
        return context + " | " + expression + "   (" + origin + ")";
    }
}
