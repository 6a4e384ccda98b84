package dev.invariants.property.internal.pre;

/** Java's numeric promotion, enough for bounds such as {@code limit - 1} or {@code max * 2}. */
final class Arithmetic {

    private Arithmetic() {
    }

    static Object unary(String operator, Object operand) {
        if (operator.equals("!") && operand instanceof Boolean value) {
            return !value;
        }
        if (!(operand instanceof Number number)) {
            throw new Evaluator.Unsupported(operator + " on " + operand);
        }
        try {
            return switch (operator) {
                case "+" -> number;
                case "-" -> integral(number) ? (Object) Math.negateExact(number.longValue()) : (Object) (-number.doubleValue());
                default -> throw new Evaluator.Unsupported("operator " + operator);
            };
        } catch (ArithmeticException overflow) {
            // -Long.MIN_VALUE: the bound is left to filtering, as an overflowing binary operation is
            throw new Evaluator.Unsupported(overflow.getMessage());
        }
    }

    static Object binary(String operator, Object left, Object right) {
        if (operator.equals("+") && (left instanceof String || right instanceof String)) {
            return String.valueOf(left) + right;
        }
        Number a = number(left);
        Number b = number(right);
        try {
            if (integral(a) && integral(b)) {
                long x = a.longValue();
                long y = b.longValue();
                return switch (operator) {
                    case "+" -> Math.addExact(x, y);
                    case "-" -> Math.subtractExact(x, y);
                    case "*" -> Math.multiplyExact(x, y);
                    case "/" -> x / y;
                    case "%" -> x % y;
                    default -> throw new Evaluator.Unsupported("operator " + operator);
                };
            }
        } catch (ArithmeticException overflowOrZero) {
            throw new Evaluator.Unsupported(overflowOrZero.getMessage());
        }
        double x = a.doubleValue();
        double y = b.doubleValue();
        return switch (operator) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> x / y;
            case "%" -> x % y;
            default -> throw new Evaluator.Unsupported("operator " + operator);
        };
    }

    private static Number number(Object value) {
        if (value instanceof Character c) {
            return (int) c;
        }
        if (value instanceof Number number && !(value instanceof java.math.BigDecimal) && !(value instanceof java.math.BigInteger)) {
            return number;
        }
        throw new Evaluator.Unsupported("not a primitive number: " + value);
    }

    private static boolean integral(Number number) {
        return number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte;
    }
}
