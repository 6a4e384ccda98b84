package dev.invariants.junit.internal.expr.differential;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The argument tuples every expression of a context is evaluated on: first pairs of edge values for
 * the first two parameters of one type ({@code MIN_VALUE} and {@code -1}), then edge values in
 * rotation, then random values. Deterministic: the same context, side and index always give equal
 * values, made afresh.
 */
final class Inputs {

    /** Tuples per expression. */
    static final int COUNT = 128;

    private static final int PAIRED = 24;
    private static final int EDGES = 64;
    private static final long SEED = 0x5eed_2024L;

    private static final Map<Method, List<Type>> TYPES = new ConcurrentHashMap<>();
    private static final Map<Method, List<Kind>> KINDS = new ConcurrentHashMap<>();

    private Inputs() {}

    /** The arguments of tuple {@code index}: the receiver first when {@code context} is an instance method. */
    static Object[] tuple(Method context, int index, Class<?> purse) {
        List<Type> types = TYPES.computeIfAbsent(context, Inputs::types);
        List<Kind> kinds = KINDS.computeIfAbsent(context, method -> kinds(method, types));
        Random random = new Random(SEED + 31L * context.getName().hashCode() + index);
        Object[] arguments = new Object[kinds.size()];
        Map<Type, Integer> seen = new HashMap<>();
        for (int i = 0; i < arguments.length; i++) {
            Kind kind = kinds.get(i);
            int occurrence = seen.merge(types.get(i), 1, Integer::sum) - 1;
            if (index < PAIRED && occurrence < 2 && !kind.pairs().isEmpty()) {
                int[] pair = kind.pairs().get(index % kind.pairs().size());
                arguments[i] = pair[occurrence] == -1 ? arguments[firstOf(types, types.get(i))]
                        : kind.edge(pair[occurrence], purse);
            } else if (index < EDGES) {
                arguments[i] = kind.edge(index + 7 * i, purse);
            } else {
                arguments[i] = kind.random().next(random, purse);
            }
        }
        return arguments;
    }

    private static List<Type> types(Method context) {
        List<Type> types = new ArrayList<>();
        if (!Contexts.isStatic(context)) {
            types.add(context.getDeclaringClass());
        }
        types.addAll(List.of(context.getGenericParameterTypes()));
        return types;
    }

    private static List<Kind> kinds(Method context, List<Type> types) {
        List<Kind> kinds = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            kinds.add(i == 0 && !Contexts.isStatic(context) ? ReferenceKinds.purses(false) : kindOf(types.get(i)));
        }
        return kinds;
    }

    private static int firstOf(List<Type> types, Type type) {
        return types.indexOf(type);
    }

    private static Kind kindOf(Type type) {
        if (type instanceof ParameterizedType) {
            ParameterizedType parameterized = (ParameterizedType) type;
            Type raw = parameterized.getRawType();
            Type argument = parameterized.getActualTypeArguments()[0];
            if (raw == List.class && argument == Line.class) {
                return ReferenceKinds.lineLists();
            } else if (raw == List.class && argument == Integer.class) {
                return ReferenceKinds.integerLists();
            } else if (raw == Map.class) {
                return ReferenceKinds.maps();
            } else if (raw == Set.class) {
                return ReferenceKinds.stringSets();
            } else if (raw == Optional.class) {
                return ReferenceKinds.optionals();
            }
        } else if (type == int.class) {
            return NumberKinds.ints();
        } else if (type == long.class) {
            return NumberKinds.longs();
        } else if (type == double.class) {
            return NumberKinds.doubles();
        } else if (type == float.class) {
            return NumberKinds.floats();
        } else if (type == char.class) {
            return NumberKinds.chars();
        } else if (type == byte.class) {
            return NumberKinds.bytes();
        } else if (type == short.class) {
            return NumberKinds.shorts();
        } else if (type == boolean.class) {
            return NumberKinds.booleans();
        } else if (type == Integer.class) {
            return NumberKinds.integers();
        } else if (type == Long.class) {
            return NumberKinds.boxedLongs();
        } else if (type == Double.class) {
            return NumberKinds.boxedDoubles();
        } else if (type == String.class) {
            return ReferenceKinds.strings();
        } else if (type == BigDecimal.class) {
            return ReferenceKinds.decimals();
        } else if (type == Line.class) {
            return ReferenceKinds.lines();
        } else if (type == Grade.class) {
            return ReferenceKinds.grades();
        } else if (type == int[].class) {
            return ReferenceKinds.intArrays();
        } else if (type == String[].class) {
            return ReferenceKinds.stringArrays();
        } else if (type == Purse.class) {
            return ReferenceKinds.purses(true);
        }
        throw new IllegalArgumentException("no values for parameters of type " + type.getTypeName());
    }
}
