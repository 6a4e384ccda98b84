package dev.invariants.junit.internal.expr.differential;

/**
 * A generated expression's text and how tightly it binds, so that an operator around it adds parentheses
 * only where Java's precedence needs them (and the text means what the generated tree means).
 *
 * @param text       the source text
 * @param precedence {@link #PRIMARY} for names, literals, calls and parenthesized expressions, then
 *                   {@link #UNARY}, the binary levels ({@code *} 11 down to {@code ||} 2), {@link #CONDITIONAL}
 */
record Printed(String text, int precedence) {

    static final int PRIMARY = 13;
    static final int UNARY = 12;
    static final int CONDITIONAL = 1;

    static Printed primary(String text) {
        return new Printed(text, PRIMARY);
    }

    /** The precedence of a binary operator, Java's table. */
    static int precedence(String operator) {
        switch (operator) {
            case "*": case "/": case "%": return 11;
            case "+": case "-": return 10;
            case "<<": case ">>": case ">>>": return 9;
            case "<": case ">": case "<=": case ">=": return 8;
            case "==": case "!=": return 7;
            case "&": return 6;
            case "^": return 5;
            case "|": return 4;
            case "&&": return 3;
            case "||": return 2;
            default: throw new IllegalArgumentException(operator);
        }
    }

    /** {@code left op right}, left-associative: the right operand needs parentheses at the same level. */
    static Printed binary(String operator, Printed left, Printed right) {
        int level = precedence(operator);
        return new Printed(left.atLeast(level) + " " + operator + " " + right.atLeast(level + 1), level);
    }

    static Printed unary(String operator, Printed operand) {
        boolean glued = operand.text.startsWith("-") || operand.text.startsWith("+");
        return new Printed(operator + (glued ? operand.parenthesized().text : operand.atLeast(UNARY)), UNARY);
    }

    static Printed cast(String type, Printed operand) {
        return new Printed("(" + type + ") " + operand.atLeast(UNARY), UNARY);
    }

    static Printed conditional(Printed condition, Printed whenTrue, Printed whenFalse) {
        return new Printed(condition.atLeast(CONDITIONAL + 1) + " ? " + whenTrue.text + " : "
                + whenFalse.atLeast(CONDITIONAL), CONDITIONAL);
    }

    /** {@code target.name(arguments)}: the target must be a primary. */
    static Printed call(Printed target, String name, Printed... arguments) {
        return primary(target.atLeast(PRIMARY) + "." + name + arguments(arguments));
    }

    /** {@code Type.name(arguments)} or an unqualified call when {@code owner} is empty. */
    static Printed invoke(String owner, String name, Printed... arguments) {
        return primary((owner.isEmpty() ? "" : owner + ".") + name + arguments(arguments));
    }

    static String arguments(Printed... arguments) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < arguments.length; i++) {
            text.append(i == 0 ? "" : ", ").append(arguments[i].text);
        }
        return text.append(')').toString();
    }

    /** {@code this.name(arguments)}. */
    Printed withCall(String name, Printed... arguments) {
        return call(this, name, arguments);
    }

    Printed parenthesized() {
        return primary("(" + text + ")");
    }

    /** The text, parenthesized unless it binds at least as tightly as {@code level}. */
    String atLeast(int level) {
        return precedence >= level ? text : "(" + text + ")";
    }
}
