package dev.invariants.property.internal.pre;

import java.util.ArrayList;
import java.util.List;
import org.codehaus.janino.Java;

/**
 * Translates {@code x.signum() OP k} and {@code x.compareTo(y) OP k} into a relation between x and
 * 0 (or y), from the set of signs that satisfy {@code sign OP k}.
 */
final class Signs {

    private Signs() {
    }

    /** @return the relation, an empty string when every sign satisfies it, {@code null} when it is not one relation */
    static String relation(String operator, Java.Rvalue other) {
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

    private static Integer integer(Java.Rvalue expression) {
        if (expression instanceof Java.ParenthesizedExpression parenthesized) {
            return integer(parenthesized.value);
        }
        if (expression instanceof Java.UnaryOperation unary && unary.operator.equals("-")) {
            Integer value = integer(unary.operand);
            return value == null ? null : -value;
        }
        if (expression instanceof Java.IntegerLiteral literal) {
            try {
                return Integer.parseInt(literal.value);
            } catch (NumberFormatException notSmall) {
                return null;
            }
        }
        return null;
    }
}
