package dev.invariants.property.internal.pre;

import dev.invariants.junit.spi.InvariantsRuntime;
import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a {@code pre} expression (parsed by the runtime's expression parser) into a {@link Domain}: comparisons of a parameter,
 * its {@code length()}, {@code size()}, {@code signum()} or {@code compareTo(...)} with constants or
 * other expressions, null checks and enum equality, combined with {@code &&}, {@code ||} and {@code !}.
 */
public final class PreconditionAnalyzer {
    private static final int MAX_ALTERNATIVES = 32;
    private static final Map<String, String> NEGATED = Map.of("==", "!=", "!=", "==", "<", ">=", ">=", "<", ">", "<=", "<=", ">");
    private static final Map<String, String> FLIPPED = Map.of("==", "==", "!=", "!=", "<", ">", ">", "<", "<=", ">=", ">=", "<=");
    private static final Set<String> COMPARISONS = NEGATED.keySet();

    private final String source;
    private final List<String> names;
    private final List<Class<?>> types;

    private PreconditionAnalyzer(String source, List<String> names, List<Class<?>> types) {
        this.source = source;
        this.names = names;
        this.types = types;
    }

    public static Domain analyze(String pre, List<String> names, List<Class<?>> types) {
        Node expression;
        try {
            expression = InvariantsRuntime.current().parse(pre);
        } catch (ExpressionError unparsable) {
            Alternative everything = new Alternative(List.of(), indexes(names.size()), List.of(pre), List.copyOf(names));
            return new Domain(pre, List.of(everything), "cannot parse [" + pre + "] at column "
                    + (unparsable.start() + 1) + ": " + unparsable.getMessage());
        }
        PreconditionAnalyzer analyzer = new PreconditionAnalyzer(pre, names, types);
        List<Alternative> alternatives = new ArrayList<>();
        for (List<Part> parts : analyzer.dnf(expression, false)) {
            alternatives.add(Ordering.order(parts, names));
        }
        return new Domain(pre, alternatives, "");
    }

    /** A constraint, or a conjunct left to filtering. */
    record Part(Constraint constraint, String residue) {
    }

    private List<List<Part>> dnf(Node expression, boolean negated) {
        if (expression instanceof Node.Parens parenthesized) {
            return dnf(parenthesized.expression(), negated);
        }
        if (expression instanceof Node.Unary unary && unary.operator().equals("!")) {
            return dnf(unary.operand(), !negated);
        }
        if (expression instanceof Node.Binary binary && (binary.operator().equals("&&") || binary.operator().equals("||"))) {
            boolean conjunction = binary.operator().equals("&&") != negated;
            List<List<Part>> left = dnf(binary.left(), negated);
            List<List<Part>> right = dnf(binary.right(), negated);
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
        if (expression instanceof Node.Literal literal && literal.kind() == Node.LiteralKind.BOOLEAN) {
            return literal.value().equals(Boolean.TRUE) != negated ? List.of(List.of()) : List.of();
        }
        List<Part> parts = atom(expression, negated);
        return List.of(negated ? negatedResidue(parts, expression) : parts);
    }

    /** A conjunct left to filtering under a negation reads as the negation the user wrote, not as its operand. */
    private List<Part> negatedResidue(List<Part> parts, Node expression) {
        String text = text(expression);
        String negation = expression instanceof Node.Call || expression instanceof Node.Name ? "!" + text : "!(" + text + ")";
        return parts.stream().map(part -> text.equals(part.residue()) ? new Part(null, negation) : part).toList();
    }

    private List<Part> atom(Node expression, boolean negated) {
        if (expression instanceof Node.Binary binary && COMPARISONS.contains(binary.operator())) {
            String operator = negated ? NEGATED.get(binary.operator()) : binary.operator();
            Subject left = subject(binary.left());
            if (left != null) {
                return compare(left, operator, bound(binary.right()), expression);
            }
            Subject right = subject(binary.right());
            if (right != null) {
                return compare(right, FLIPPED.get(operator), bound(binary.left()), expression);
            }
            List<Part> solved = solved(binary.left(), operator, binary.right(), expression);
            if (solved == null) {
                solved = solved(binary.right(), FLIPPED.get(operator), binary.left(), expression);
            }
            if (solved != null) {
                return solved;
            }
        }
        if (expression instanceof Node.Call call && parameterName(call.target()) != null) {
            String parameter = parameterName(call.target());
            if (call.name().equals("isEmpty") && call.arguments().isEmpty()) {
                return List.of(part(Constraint.nonNull(parameter)), part(Constraint.compare(parameter,
                        Constraint.Kind.LENGTH, negated ? ">=" : "==", Bound.integer(negated ? 1 : 0))));
            }
            if (call.name().equals("equals") && call.arguments().size() == 1 && !negated && isNumber(parameter)) {
                return List.of(part(Constraint.nonNull(parameter)),
                        part(Constraint.compare(parameter, Constraint.Kind.VALUE, "==", bound(call.arguments().get(0)))));
            }
        }
        return residue(expression);
    }

    /**
     * {@code x op (a - p)}, {@code x op (a + p)}, {@code x op (p + a)}, {@code x op (p - a)} for a numeric parameter
     * {@code p}, solved for {@code p}: {@code totalCents > Long.MAX_VALUE - cents} is {@code cents > Long.MAX_VALUE - totalCents}.
     */
    private List<Part> solved(Node other, String operator, Node arithmetic, Node whole) {
        Node inner = arithmetic;
        while (inner instanceof Node.Parens parenthesized) {
            inner = parenthesized.expression();
        }
        if (!(inner instanceof Node.Binary sum) || !(sum.operator().equals("+") || sum.operator().equals("-"))) {
            return null;
        }
        String right = parameterName(sum.right());
        String left = parameterName(sum.left());
        if (right != null && isNumber(right) && types.get(names.indexOf(right)).isPrimitive()) {
            // x op a - p  <=>  p op a - x;   x op a + p  <=>  p flip(op) x - a
            return sum.operator().equals("-")
                    ? compare(new Subject(right, Selector.VALUE, null), operator,
                            Bound.binary(bound(sum.left()), "-", bound(other)), whole)
                    : compare(new Subject(right, Selector.VALUE, null), FLIPPED.get(operator),
                            Bound.binary(bound(other), "-", bound(sum.left())), whole);
        }
        if (left != null && isNumber(left) && types.get(names.indexOf(left)).isPrimitive()) {
            // x op p + a  <=>  p flip(op) x - a;   x op p - a  <=>  p flip(op) x + a
            return compare(new Subject(left, Selector.VALUE, null), FLIPPED.get(operator),
                    Bound.binary(bound(other), sum.operator().equals("+") ? "-" : "+", bound(sum.right())), whole);
        }
        return null;
    }

    private List<Part> compare(Subject subject, String operator, Bound other, Node whole) {
        String parameter = subject.parameter;
        Class<?> type = types.get(names.indexOf(parameter));
        if (other.expression() instanceof Node.Literal literal && literal.kind() == Node.LiteralKind.NULL
                && subject.selector == Selector.VALUE) {
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
                    String constant = constantName(other.expression());
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
            case LENGTH -> parts.add(operator.equals("!=") ? new Part(null, text(whole))
                    : part(Constraint.compare(parameter, Constraint.Kind.LENGTH, operator, other)));
            case SIGN -> {
                String relation = Signs.relation(operator, other.expression());
                if (relation == null) {
                    parts.addAll(residue(whole));
                } else if (!relation.isEmpty()) {
                    parts.add(part(Constraint.compare(parameter, Constraint.Kind.VALUE, relation,
                            subject.comparedWith == null ? Bound.integer(0) : subject.comparedWith)));
                }
            }
            default -> throw new IllegalStateException(subject.selector.name());
        }
        return parts;
    }

    private enum Selector { VALUE, LENGTH, SIGN }

    private record Subject(String parameter, Selector selector, Bound comparedWith) {
    }

    private Subject subject(Node expression) {
        if (expression instanceof Node.Parens parenthesized) {
            return subject(parenthesized.expression());
        }
        String name = parameterName(expression);
        if (name != null) {
            return new Subject(name, Selector.VALUE, null);
        }
        if (expression instanceof Node.Call call && call.target() != null) {
            String parameter = parameterName(call.target());
            if (parameter == null) {
                return null;
            }
            boolean noArguments = call.arguments().isEmpty();
            return switch (call.name()) {
                case "length", "size" -> noArguments ? new Subject(parameter, Selector.LENGTH, null) : null;
                case "signum" -> noArguments && isNumber(parameter) ? new Subject(parameter, Selector.SIGN, null) : null;
                case "compareTo" -> call.arguments().size() == 1 && isNumber(parameter)
                        ? new Subject(parameter, Selector.SIGN, bound(call.arguments().get(0))) : null;
                default -> null;
            };
        }
        return null;
    }

    /** The parameter {@code node} is, written as a bare name (not parenthesised, not {@code this.}-qualified), or {@code null}. */
    private String parameterName(Node node) {
        if (node instanceof Node.Name name && names.contains(name.identifier())) {
            return name.identifier();
        }
        return null;
    }

    private boolean isNumber(String parameter) {
        Class<?> type = types.get(names.indexOf(parameter));
        return type != boolean.class && type != Boolean.class
                && (type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Character.class);
    }

    private List<Part> residue(Node expression) {
        String text = text(expression);
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

    private String text(Node node) {
        return source.substring(node.start(), node.end());
    }

    private Bound bound(Node node) {
        return Bound.of(source, node);
    }

    private static String constantName(Node expression) {
        if (expression instanceof Node.Name name) {
            return name.identifier();
        }
        if (expression instanceof Node.Select select) {
            return select.name();
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

    private static List<Integer> indexes(int count) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            indexes.add(i);
        }
        return indexes;
    }
}
