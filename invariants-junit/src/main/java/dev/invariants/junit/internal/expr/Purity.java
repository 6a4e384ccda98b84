package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.tree.Typed;
import dev.invariants.junit.internal.expr.types.TypeModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which calls of an attributed expression are not known to be free of side effects. An invariant only
 * reads: one that adds to a list or bumps a counter changes what the code under test and the test see.
 *
 * <p>Known to be free of them: the JDK's value types ({@code String}, the boxes, {@code BigDecimal},
 * {@code java.time}, {@code Optional}, streams and collectors), the reading methods of collections and
 * maps ({@code size}, {@code get}, {@code contains}, {@code stream}...), {@code Object}'s and
 * {@code Comparable}'s methods, and the user's own methods whose bytecode writes no field and calls
 * nothing that is not known to be free of side effects (read from the class files; nothing is loaded). An
 * abstract method is judged by the implementation the checked class has (an interface contract calling the
 * interface's own queries), and taken as reading when the checked class has none (a template method of an
 * abstract class, a default method); calls inside a method's lambdas are not followed. Everything else is
 * reported: a JDK method off the list, a method that writes a field.
 */
final class Purity {

    private static final Set<String> VALUE_TYPES = Set.of("java/lang/String", "java/lang/Integer", "java/lang/Long",
            "java/lang/Short", "java/lang/Byte", "java/lang/Character", "java/lang/Boolean", "java/lang/Double",
            "java/lang/Float", "java/lang/Number", "java/lang/Math", "java/lang/StrictMath", "java/util/Objects",
            "java/lang/Enum", "java/lang/Record", "java/lang/CharSequence", "java/lang/Comparable", "java/lang/Class",
            "java/math/BigDecimal", "java/math/BigInteger", "java/util/Optional", "java/util/OptionalInt",
            "java/util/OptionalLong", "java/util/OptionalDouble", "java/util/UUID", "java/util/Locale",
            "java/util/Comparator", "java/util/regex/Pattern", "java/util/regex/Matcher", "java/util/stream/Collectors");

    private static final Set<String> VALUE_PACKAGES = Set.of("java/time/", "java/time/temporal/", "java/time/format/",
            "java/util/stream/");

    /** Methods of collections, maps and their iterators that only read (or make a fresh view or stream). */
    private static final Set<String> READING = Set.of("size", "isEmpty", "contains", "containsAll", "containsKey",
            "containsValue", "get", "getOrDefault", "indexOf", "lastIndexOf", "equals", "hashCode", "toString", "stream",
            "parallelStream", "iterator", "listIterator", "spliterator", "subList", "keySet", "values", "entrySet",
            "getKey", "getValue", "first", "last", "firstKey", "lastKey", "headSet", "tailSet", "subSet", "headMap",
            "tailMap", "subMap", "floor", "ceiling", "higher", "lower", "floorKey", "ceilingKey", "higherKey", "lowerKey",
            "floorEntry", "ceilingEntry", "higherEntry", "lowerEntry", "firstEntry", "lastEntry", "descendingSet",
            "descendingMap", "descendingKeySet", "navigableKeySet", "peek", "peekFirst", "peekLast", "element", "getFirst",
            "getLast", "toArray", "hasNext", "next", "hasPrevious", "previous", "nextIndex", "previousIndex", "forEach",
            "comparator", "reversed", "length", "charAt", "copyOf", "of", "ofEntries", "entry", "asList", "emptyList",
            "emptyMap", "emptySet", "singletonList", "singleton", "singletonMap", "unmodifiableList", "unmodifiableMap",
            "unmodifiableSet", "unmodifiableCollection", "max", "min", "frequency", "disjoint", "nCopies", "binarySearch",
            "deepEquals", "deepHashCode", "deepToString", "mismatch", "compare", "clone");

    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString", "getClass", "compareTo");

    private static final int MAX_DEPTH = 4;

    private final TypeModel model;
    private final String checked;
    private final Map<String, Boolean> known = new HashMap<>();

    /**
     * @param checked the class whose checks these are: an abstract method (an interface contract's query) is
     *                judged by the implementation this class has
     */
    Purity(TypeModel model, String checked) {
        this.model = model;
        this.checked = checked;
    }

    /** The calls of {@code expression} not known to be free of side effects, as {@code java.util.List.add}, in order. */
    List<String> impureCalls(Typed expression) {
        Set<String> found = new LinkedHashSet<>();
        walk(expression, found);
        return new ArrayList<>(found);
    }

    private void walk(Typed node, Set<String> found) {
        if (node instanceof Typed.Invoke invoke) {
            if (!pure(invoke.method().owner(), invoke.method().name(), invoke.method().descriptor(), 0)) {
                found.add(invoke.method().owner().replace('/', '.') + "." + invoke.method().name());
            }
            walk(invoke.target(), found);
            invoke.arguments().forEach(each -> walk(each, found));
        } else if (node instanceof Typed.GetField get) {
            walk(get.target(), found);
        } else if (node instanceof Typed.NewInstance created) {
            created.arguments().forEach(each -> walk(each, found)); // a constructor works on its fresh object
        } else if (node instanceof Typed.NewArray array) {
            array.dimensions().forEach(each -> walk(each, found));
            if (array.elements() != null) {
                array.elements().forEach(each -> walk(each, found));
            }
        } else if (node instanceof Typed.ArrayGet get) {
            walk(get.array(), found);
            walk(get.index(), found);
        } else if (node instanceof Typed.ArrayLength length) {
            walk(length.array(), found);
        } else if (node instanceof Typed.Unary unary) {
            walk(unary.operand(), found);
        } else if (node instanceof Typed.Binary binary) {
            walk(binary.left(), found);
            walk(binary.right(), found);
        } else if (node instanceof Typed.Concat concat) {
            concat.parts().forEach(each -> walk(each, found));
        } else if (node instanceof Typed.Conditional conditional) {
            walk(conditional.condition(), found);
            walk(conditional.whenTrue(), found);
            walk(conditional.whenFalse(), found);
        } else if (node instanceof Typed.InstanceOf test) {
            walk(test.expression(), found);
        } else if (node instanceof Typed.Convert convert) {
            walk(convert.expression(), found);
        } else if (node instanceof Typed.Lambda lambda) {
            walk(lambda.body(), found); // a method reference is a lambda whose body calls the method
        }
    }

    private boolean pure(String owner, String name, String descriptor, int depth) {
        if (OBJECT_METHODS.contains(name) || "<init>".equals(name)) {
            return true;
        }
        if (owner.startsWith("java/") || owner.startsWith("javax/") || owner.startsWith("jdk/")) {
            return jdk(owner, name);
        }
        String key = owner + "." + name + descriptor;
        Boolean cached = known.get(key);
        if (cached != null) {
            return cached;
        }
        if (depth >= MAX_DEPTH) {
            return false; // too deep to tell: said, not assumed
        }
        known.put(key, Boolean.TRUE); // a recursive call is judged by the rest of its body
        boolean result = readsOnly(owner, name, descriptor, depth);
        known.put(key, result);
        return result;
    }

    private static boolean jdk(String owner, String name) {
        if (VALUE_TYPES.contains(owner) || VALUE_PACKAGES.stream().anyMatch(p -> owner.startsWith(p)
                && owner.indexOf('/', p.length()) < 0)) {
            return true;
        }
        if (owner.startsWith("java/util/function/")) {
            return true; // applying a function: its body is the expression's own lambda, or reported where it is declared
        }
        if (owner.equals("java/util/Arrays") || owner.equals("java/util/Collections")) {
            return READING.contains(name) || name.startsWith("stream") || name.startsWith("hash") || name.startsWith("equals");
        }
        return owner.startsWith("java/util/") && READING.contains(name);
    }

    /** Whether the user's method writes no field and calls only what is known to be free of side effects. */
    private boolean readsOnly(String owner, String name, String descriptor, int depth) {
        Map<String, Bodies.Body> methods = Bodies.of(model, owner);
        if (methods == null) {
            return false;
        }
        Bodies.Body method = methods.get(name + descriptor);
        if (method != null && !method.hasCode()) {
            // Judged by the checked class's implementation when it has one; otherwise (a template method
            // of an abstract class, an interface's default method) its implementations are unknown here
            // and the call is taken as reading: warning every abstract query would drown the real cases.
            return checked == null || checked.equals(owner) || pure(checked, name, descriptor, depth + 1);
        }
        if (method == null) {
            // Inherited: the method is declared by a supertype.
            var symbol = model.find(owner);
            String superName = symbol == null ? null : symbol.superName();
            return superName != null && pure(superName, name, descriptor, depth + 1);
        }
        boolean pure = true;
        for (Bodies.Event event : method.events()) {
            // In bytecode order, as the class file was read before: calls after the first write are not followed.
            if (event.writesField()) {
                pure = false;
            } else if (pure && !pure(event.owner(), event.name(), event.descriptor(), depth + 1)) {
                pure = false;
            }
        }
        return pure;
    }
}
