package dev.invariants.junit.spi.syntax;

/**
 * Why an expression cannot be compiled, and where: the characters {@code start} (inclusive) to
 * {@code end} (exclusive) of the expression text, which the definition error underlines. Thrown by
 * the parser for syntax and by attribution for names and types.
 */
public final class ExpressionError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int start;
    private final int end;
    private final String hint;

    /**
     * @param message what is wrong, one sentence without the expression ({@code cannot find symbol: variable nosuch})
     * @param start   first character at fault
     * @param end     one past the last character at fault ({@code start + 1} at the least)
     * @param hint    what to write instead, or {@code null}
     */
    public ExpressionError(String message, int start, int end, String hint) {
        super(message, null, false, false);
        this.start = start;
        this.end = Math.max(end, start + 1);
        this.hint = hint;
    }

    public ExpressionError(String message, int start, int end) {
        this(message, start, end, null);
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** What to write instead, or {@code null}. */
    public String hint() {
        return hint;
    }
}
