package dev.invariants.property.internal.pre;

import dev.invariants.junit.spi.syntax.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates {@code x.signum() OP k} and {@code x.compareTo(y) OP k} into a relation between x and
 * 0 (or y), from the set of signs that satisfy {@code sign OP k}.
 */
final class Signs {

    private Signs() {
    }

    /** @return the relation, an empty string when every sign satisfies it, {@code null} when it is not one relation */
    static String relation(String operator, Node other) {
        Integer k = integer(other);
        if (k == null) {
            return null;
        }
        List<Integer> signs = new ArrayList<>();
        for (int sign = -1; sign <= 1; sign++) {
            if (holds(sign, operator, k)) {
                signs.add(sign);
            }
        }
        return switch (signs.toString()) {
            case "[1]" -> ">";
            case "[0, 1]" -> ">=";
            case "[-1]" -> "<";
            case "[-1, 0]" -> "<=";
            case "[0]" -> "==";
            case "[-1, 0, 1]" -> "";
            default -> null;
        };
    }

    private static boolean holds(int sign, String operator, int k) {
        return switch (operator) {
            case "==" -> sign == k;
            case "!=" -> sign != k;
            case "<" -> sign < k;
            case "<=" -> sign <= k;
            case ">" -> sign > k;
            case ">=" -> sign >= k;
            default -> false;
        };
    }

    private static Integer integer(Node expression) {
        if (expression instanceof Node.Parens parenthesized) {
            return integer(parenthesized.expression());
        }
        if (expression instanceof Node.Unary unary && unary.operator().equals("-")) {
            Integer value = integer(unary.operand());
            // -2147483648 is carried as Integer.MIN_VALUE, which int negation leaves as it is
            return value == null ? null : -value;
        }
        if (expression instanceof Node.Literal literal && literal.kind() == Node.LiteralKind.INT) {
            return (Integer) literal.value();
        }
        return null;
    }
}
