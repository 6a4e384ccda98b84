package dev.invariants.property.internal.pre;

import dev.invariants.property.internal.gen.Bounds;
import dev.invariants.property.internal.gen.TypeGenerators;
import dev.invariants.property.spi.Source;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Generates the arguments of one call inside a precondition's {@link Domain}. */
public final class ArgumentGenerator {
    private final Domain domain;
    private final List<String> names;
    private final Type[] types;
    private final Class<?> owner;
    private final TypeGenerators generators;

    public ArgumentGenerator(Domain domain, List<String> names, Type[] types, Class<?> owner, TypeGenerators generators) {
        this.domain = domain;
        this.names = names;
        this.types = types.clone();
        this.owner = owner;
        this.generators = generators;
    }

    public Domain domain() {
        return domain;
    }

    public Object[] generate(Source source, Object receiver) {
        List<Alternative> alternatives = domain.alternatives();
        if (alternatives.isEmpty()) {
            throw source.reject("the precondition can never hold");
        }
        Alternative alternative = alternatives.get(0);
        if (alternatives.size() > 1) {
            int edge = source.edgeCase(alternatives.size());
            int last = alternatives.size() - 1;
            alternative = alternatives.get((int) (edge < 0 ? source.choose(last) : source.choose(last, edge)));
        }
        Map<String, Object> values = new HashMap<>();
        Evaluator evaluator = new Evaluator(owner, receiver, values);
        Object[] arguments = new Object[names.size()];
        for (int index : alternative.order()) {
            String name = names.get(index);
            Bounds bounds = Bounds.NONE;
            for (Constraint constraint : alternative.constraints()) {
                if (constraint.parameter().equals(name)) {
                    bounds = apply(bounds, constraint, evaluator);
                }
            }
            arguments[index] = generators.generate(source, types[index], bounds, 0);
            values.put(name, arguments[index]);
        }
        return arguments;
    }

    static Bounds apply(Bounds bounds, Constraint constraint, Evaluator evaluator) {
        switch (constraint.kind()) {
            case NON_NULL:
                return bounds.withNonNull();
            case NULL:
                return bounds.withNull();
            case ENUM_IS:
                return bounds.withAllowed(constraint.constant());
            case ENUM_IS_NOT:
                return bounds.withExcluded(constraint.constant());
            default:
                break;
        }
        BigDecimal bound;
        try {
            bound = decimal(evaluator.evaluate(constraint.bound()));
        } catch (Evaluator.Unsupported unsupported) {
            return bounds;
        }
        if (bound == null) {
            return bounds;
        }
        if (constraint.kind() == Constraint.Kind.LENGTH) {
            long value = bound.longValue();
            return switch (constraint.operator()) {
                case ">" -> bounds.withLength(value + 1, Long.MAX_VALUE);
                case ">=" -> bounds.withLength(value, Long.MAX_VALUE);
                case "<" -> bounds.withLength(0, value - 1);
                case "<=" -> bounds.withLength(0, value);
                case "==" -> bounds.withLength(value, value);
                default -> bounds;
            };
        }
        return switch (constraint.operator()) {
            case ">" -> bounds.withMin(bound, false);
            case ">=" -> bounds.withMin(bound, true);
            case "<" -> bounds.withMax(bound, false);
            case "<=" -> bounds.withMax(bound, true);
            case "==" -> bounds.withMin(bound, true).withMax(bound, true);
            default -> bounds;
        };
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (value instanceof Character c) {
            return BigDecimal.valueOf(c);
        }
        return null;
    }
}
