package dev.invariants.property.internal.pre;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.commons.compiler.Location;
import org.codehaus.janino.Java;
import org.codehaus.janino.Parser;
import org.codehaus.janino.Scanner;

/**
 * Reads a {@code pre} expression (parsed by Janino) into a {@link Domain}: comparisons of a parameter,
 * its {@code length()}, {@code size()}, {@code signum()} or {@code compareTo(...)} with constants or
 * other expressions, null checks and enum equality, combined with {@code &&}, {@code ||} and {@code !}.
 */
public final class PreconditionAnalyzer {
    private static final int MAX_ALTERNATIVES = 32;
    private static final Map<String, String> NEGATED = Map.of("==", "!=", "!=", "==", "<", ">=", ">=", "<", ">", "<=", "<=", ">");
    private static final Map<String, String> FLIPPED = Map.of("==", "==", "!=", "!=", "<", ">", ">", "<", "<=", ">=", ">=", "<=");
    private static final Set<String> COMPARISONS = NEGATED.keySet();

    private final List<String> names;
    private final List<Class<?>> types;

    private PreconditionAnalyzer(List<String> names, List<Class<?>> types) {
        this.names = names;
        this.types = types;
    }

    public static Domain analyze(String pre, List<String> names, List<Class<?>> types) {
        Java.Rvalue expression;
        try {
            expression = new Parser(new Scanner(null, new StringReader(pre))).parseExpression();
        } catch (CompileException | IOException | RuntimeException unparsable) {
            Alternative everything = new Alternative(List.of(), indexes(names.size()), List.of(pre), List.copyOf(names));
            return new Domain(pre, List.of(everything), "cannot parse [" + pre + "]: " + unparsable.getMessage());
        }
        PreconditionAnalyzer analyzer = new PreconditionAnalyzer(names, types);
        List<Alternative> alternatives = new ArrayList<>();
        for (List<Part> parts : analyzer.dnf(expression, false)) {
            alternatives.add(Ordering.order(parts, names));
        }
        return new Domain(pre, alternatives, "");
    }

    /** A constraint, or a conjunct left to filtering. */
    record Part(Constraint constraint, String residue) {
    }

    private List<List<Part>> dnf(Java.Rvalue expression, boolean negated) {
        if (expression instanceof Java.ParenthesizedExpression parenthesized) {
            return dnf(parenthesized.value, negated);
        }
        if (expression instanceof Java.UnaryOperation unary && unary.operator.equals("!")) {
            return dnf(unary.operand, !negated);
        }
        if (expression instanceof Java.BinaryOperation binary && (binary.operator.equals("&&") || binary.operator.equals("||"))) {
            boolean conjunction = binary.operator.equals("&&") != negated;
            List<List<Part>> left = dnf(binary.lhs, negated);
            List<List<Part>> right = dnf(binary.rhs, negated);
            if (!conjunction) {
                List<List<Part>> both = new ArrayList<>(left);
                both.addAll(right);
                return both.size() > MAX_ALTERNATIVES ? List.of(residue(expression)) : both;
            }
            if (left.size() * right.size() > MAX_ALTERNATIVES) {
                return List.of(residue(expression));
            }
            List<List<Part>> product = new ArrayList<>();
            for (List<Part> l : left) {
                for (List<Part> r : right) {
                    List<Part> combined = new ArrayList<>(l);
                    combined.addAll(r);
                    product.add(combined);
                }
            }
            return product;
        }
        if (expression instanceof Java.BooleanLiteral literal) {
            return literal.value.equals("true") != negated ? List.of(List.of()) : List.of();
        }
        return List.of(atom(expression, negated));
    }

    private List<Part> atom(Java.Rvalue expression, boolean negated) {
        if (expression instanceof Java.BinaryOperation binary && COMPARISONS.contains(binary.operator)) {
            String operator = negated ? NEGATED.get(binary.operator) : binary.operator;
            Subject left = subject(binary.lhs);
            if (left != null) {
                return compare(left, operator, binary.rhs, expression);
            }
            Subject right = subject(binary.rhs);
            if (right != null) {
                return compare(right, FLIPPED.get(operator), binary.lhs, expression);
            }
            List<Part> solved = solved(binary.lhs, operator, binary.rhs, expression);
            if (solved == null) {
                solved = solved(binary.rhs, FLIPPED.get(operator), binary.lhs, expression);
            }
            if (solved != null) {
                return solved;
            }
        }
        if (expression instanceof Java.MethodInvocation call && call.target instanceof Java.AmbiguousName target
                && target.n == 1 && names.contains(target.identifiers[0])) {
            String parameter = target.identifiers[0];
            if (call.methodName.equals("isEmpty") && call.arguments.length == 0) {
                return List.of(part(Constraint.nonNull(parameter)), part(Constraint.compare(parameter,
                        Constraint.Kind.LENGTH, negated ? ">=" : "==", literal(negated ? "1" : "0"))));
            }
            if (call.methodName.equals("equals") && call.arguments.length == 1 && !negated && isNumber(parameter)) {
                return List.of(part(Constraint.nonNull(parameter)),
                        part(Constraint.compare(parameter, Constraint.Kind.VALUE, "==", call.arguments[0])));
            }
        }
        return residue(expression);
    }

    /**
     * {@code x op (a - p)}, {@code x op (a + p)}, {@code x op (p + a)}, {@code x op (p - a)} for a numeric parameter
     * {@code p}, solved for {@code p}: {@code totalCents > Long.MAX_VALUE - cents} is {@code cents > Long.MAX_VALUE - totalCents}.
     */
    private List<Part> solved(Java.Rvalue other, String operator, Java.Rvalue arithmetic, Java.Rvalue whole) {
        Java.Rvalue inner = arithmetic;
        while (inner instanceof Java.ParenthesizedExpression parenthesized) {
            inner = parenthesized.value;
        }
        if (!(inner instanceof Java.BinaryOperation sum) || !(sum.operator.equals("+") || sum.operator.equals("-"))) {
            return null;
        }
        String right = parameterName(sum.rhs);
        String left = parameterName(sum.lhs);
        org.codehaus.commons.compiler.Location at = sum.getLocation();
        if (right != null && isNumber(right) && types.get(names.indexOf(right)).isPrimitive()) {
            // x op a - p  <=>  p op a - x;   x op a + p  <=>  p flip(op) x - a
            return sum.operator.equals("-")
                    ? compare(new Subject(right, Selector.VALUE, null), operator, new Java.BinaryOperation(at, sum.lhs, "-", other), whole)
                    : compare(new Subject(right, Selector.VALUE, null), FLIPPED.get(operator),
                            new Java.BinaryOperation(at, other, "-", sum.lhs), whole);
        }
        if (left != null && isNumber(left) && types.get(names.indexOf(left)).isPrimitive()) {
            // x op p + a  <=>  p flip(op) x - a;   x op p - a  <=>  p flip(op) x + a
            return compare(new Subject(left, Selector.VALUE, null), FLIPPED.get(operator),
                    new Java.BinaryOperation(at, other, sum.operator.equals("+") ? "-" : "+", sum.rhs), whole);
        }
        return null;
    }

    private List<Part> compare(Subject subject, String operator, Java.Rvalue other, Java.Rvalue whole) {
        String parameter = subject.parameter;
        Class<?> type = types.get(names.indexOf(parameter));
        if (other instanceof Java.NullLiteral && subject.selector == Selector.VALUE) {
            return switch (operator) {
                case "==" -> List.of(part(Constraint.isNull(parameter)));
                case "!=" -> List.of(part(Constraint.nonNull(parameter)));
                default -> residue(whole);
            };
        }
        List<Part> parts = new ArrayList<>();
        if (!type.isPrimitive() && (subject.selector != Selector.VALUE || !operator.equals("!=") && isNumber(parameter))) {
            parts.add(part(Constraint.nonNull(parameter)));
        }
        switch (subject.selector) {
            case VALUE -> {
                if (type.isEnum() && (operator.equals("==") || operator.equals("!="))) {
                    String constant = constantName(other);
                    if (constant != null && isConstant(type, constant)) {
                        if (operator.equals("==")) {
                            parts.add(part(Constraint.nonNull(parameter)));
                        }
                        parts.add(part(Constraint.constant(parameter, operator.equals("=="), constant)));
                        return parts;
                    }
                }
                if (!isNumber(parameter) || operator.equals("!=")) {
                    parts.addAll(residue(whole));
                } else {
                    parts.add(part(Constraint.compare(parameter, Constraint.Kind.VALUE, operator, other)));
                }
            }
            case LENGTH -> parts.add(operator.equals("!=") ? new Part(null, whole.toString())
                    : part(Constraint.compare(parameter, Constraint.Kind.LENGTH, operator, other)));
            case SIGN -> {
                String relation = Signs.relation(operator, other);
                if (relation == null) {
                    parts.addAll(residue(whole));
                } else if (!relation.isEmpty()) {
                    parts.add(part(Constraint.compare(parameter, Constraint.Kind.VALUE, relation,
                            subject.comparedWith == null ? literal("0") : subject.comparedWith)));
                }
            }
            default -> throw new IllegalStateException(subject.selector.name());
        }
        return parts;
    }

    private enum Selector { VALUE, LENGTH, SIGN }

    private record Subject(String parameter, Selector selector, Java.Rvalue comparedWith) {
    }

    private Subject subject(Java.Rvalue expression) {
        if (expression instanceof Java.ParenthesizedExpression parenthesized) {
            return subject(parenthesized.value);
        }
        String name = parameterName(expression);
        if (name != null) {
            return new Subject(name, Selector.VALUE, null);
        }
        if (expression instanceof Java.MethodInvocation call && call.target instanceof Java.Rvalue target) {
            String parameter = parameterName(target);
            if (parameter == null) {
                return null;
            }
            boolean noArguments = call.arguments.length == 0;
            return switch (call.methodName) {
                case "length", "size" -> noArguments ? new Subject(parameter, Selector.LENGTH, null) : null;
                case "signum" -> noArguments && isNumber(parameter) ? new Subject(parameter, Selector.SIGN, null) : null;
                case "compareTo" -> call.arguments.length == 1 && isNumber(parameter)
                        ? new Subject(parameter, Selector.SIGN, call.arguments[0]) : null;
                default -> null;
            };
        }
        return null;
    }

    private String parameterName(Java.Atom atom) {
        if (atom instanceof Java.AmbiguousName name && name.n == 1 && names.contains(name.identifiers[0])) {
            return name.identifiers[0];
        }
        return null;
    }

    private boolean isNumber(String parameter) {
        Class<?> type = types.get(names.indexOf(parameter));
        return type != boolean.class && type != Boolean.class
                && (type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Character.class);
    }

    private List<Part> residue(Java.Rvalue expression) {
        String text = expression.toString();
        List<Part> parts = new ArrayList<>();
        for (String name : names) {
            // a conjunct that dereferences a parameter throws on null, so the parameter must not be null
            if (Pattern.compile("\\b" + Pattern.quote(name) + "\\s*\\.").matcher(text).find()
                    && !types.get(names.indexOf(name)).isPrimitive()) {
                parts.add(part(Constraint.nonNull(name)));
            }
        }
        parts.add(new Part(null, text));
        return parts;
    }

    private static String constantName(Java.Rvalue expression) {
        if (expression instanceof Java.AmbiguousName name) {
            return name.identifiers[name.n - 1];
        }
        if (expression instanceof Java.FieldAccessExpression access) {
            return access.fieldName;
        }
        return null;
    }

    private static boolean isConstant(Class<?> type, String name) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Part part(Constraint constraint) {
        return new Part(constraint, null);
    }

    static Java.Rvalue literal(String value) {
        return new Java.IntegerLiteral(Location.NOWHERE, value);
    }

    private static List<Integer> indexes(int count) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            indexes.add(i);
        }
        return indexes;
    }
}
