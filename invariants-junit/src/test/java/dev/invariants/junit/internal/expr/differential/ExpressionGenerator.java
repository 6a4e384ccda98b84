package dev.invariants.junit.internal.expr.differential;

import static dev.invariants.junit.internal.expr.differential.Printed.binary;
import static dev.invariants.junit.internal.expr.differential.Printed.call;
import static dev.invariants.junit.internal.expr.differential.Printed.cast;
import static dev.invariants.junit.internal.expr.differential.Printed.conditional;
import static dev.invariants.junit.internal.expr.differential.Printed.invoke;
import static dev.invariants.junit.internal.expr.differential.Printed.primary;
import static dev.invariants.junit.internal.expr.differential.Printed.unary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random well-typed expressions over the variables of {@link Structures#gen}: pick a sort, then a
 * production of that sort whose operands are random expressions of the sorts it needs, down to a
 * bounded depth. Deterministic by seed. Each production's static type is its sort's exactly ({@code INT}
 * is {@code int} or, where unboxing makes it an {@code int}, {@code Integer}), so that what it is
 * combined into stays well typed; what javac rejects anyway is counted, and must be rejected by ours.
 */
final class ExpressionGenerator {

    /** What a production yields. */
    enum Sort { INT, LONG, DOUBLE, BOOLEAN, CHAR, STRING, DECIMAL, LINE, LINES, INTS, OPT, BOXED }

    private record Local(String name, Sort sort) {}

    private static final String[] INT_LITERALS = {"0", "1", "-1", "2", "3", "7", "10", "31", "32", "100", "127", "128",
        "-128", "Integer.MAX_VALUE", "Integer.MIN_VALUE", "0x7f", "0b101", "017", "1_000", "-2147483648"};
    private static final String[] LONG_LITERALS = {"0L", "1L", "-1L", "3L", "100L", "Long.MAX_VALUE", "Long.MIN_VALUE",
        "0xFFFFFFFFL", "1L << 40", "-9223372036854775808L"};
    private static final String[] DOUBLE_LITERALS = {"0.0", "-0.0", "0.5", "1.0", "-2.5", "1e10", "0.1", "Double.NaN",
        "Double.POSITIVE_INFINITY", "Double.MIN_VALUE", "1e-300", "100.0"};
    private static final String[] CHAR_LITERALS = {"'a'", "'Z'", "'0'", "' '", "'\\n'", "'\\uffff'", "'\\''", "'\\\\'"};
    private static final String[] STRING_LITERALS = {"\"\"", "\"abc\"", "\"a,b\"", "\" x \"", "\"null\"", "\"\\u00e9\"",
        "\"a\""};

    private final Random random;
    private final List<Local> locals = new ArrayList<>();
    private int lambdas;

    private ExpressionGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} distinct expressions, each of a random sort and a depth of at most {@code maxDepth}. */
    static List<Case> generate(int count, long seed, int maxDepth) {
        ExpressionGenerator generator = new ExpressionGenerator(seed);
        Set<String> seen = new LinkedHashSet<>();
        List<Case> cases = new ArrayList<>();
        Sort[] sorts = Sort.values();
        for (int attempt = 0; cases.size() < count && attempt < count * 20; attempt++) {
            Sort sort = sorts[generator.random.nextInt(sorts.length)];
            generator.lambdas = 0;
            String text = generator.of(sort, 1 + generator.random.nextInt(maxDepth)).text();
            if (seen.add(text)) {
                cases.add(new Case("generated#" + cases.size() + " (seed " + seed + ")", "generated " + sort.name()
                        .toLowerCase(java.util.Locale.ROOT), "gen", text));
            }
        }
        return cases;
    }

    Printed of(Sort sort, int depth) {
        Printed printed = depth <= 0 || random.nextInt(6) == 0 ? leaf(sort, true) : node(sort, depth - 1, true);
        // Redundant parentheses now and then: the parser must not make more of them than javac does.
        return random.nextInt(12) == 0 ? printed.parenthesized() : printed;
    }

    /** A primitive of {@code sort} ({@code INT}, {@code LONG}, {@code DOUBLE}, {@code CHAR}): no {@code Integer}, which no cast narrows. */
    private Printed primitive(Sort sort, int depth) {
        return depth <= 0 || random.nextInt(6) == 0 ? leaf(sort, false) : node(sort, depth - 1, false);
    }

    private Printed leaf(Sort sort, boolean boxedToo) {
        List<String> names = new ArrayList<>();
        for (Local local : locals) {
            if (local.sort == sort || sort == Sort.INT && boxedToo && local.sort == Sort.BOXED) {
                names.add(local.name);
            }
        }
        if (!names.isEmpty() && random.nextInt(3) > 0) {
            return primary(names.get(random.nextInt(names.size())));
        }
        switch (sort) {
            case INT: return literal(random.nextBoolean() ? (random.nextBoolean() ? "i" : "j") : pick(INT_LITERALS));
            case LONG: return literal(random.nextBoolean() ? "n" : pick(LONG_LITERALS));
            case DOUBLE: return literal(random.nextBoolean() ? "d" : pick(DOUBLE_LITERALS));
            case BOOLEAN: return primary(pick(new String[] {"p", "p", "true", "false"}));
            case CHAR: return primary(random.nextBoolean() ? "c" : pick(CHAR_LITERALS));
            case STRING: return primary(random.nextBoolean() ? (random.nextBoolean() ? "s" : "t") : pick(STRING_LITERALS));
            case DECIMAL: return primary(pick(new String[] {"m", "m", "BigDecimal.ZERO", "BigDecimal.ONE", "BigDecimal.TEN",
                "new BigDecimal(\"1.50\")"}));
            case LINE: return primary("line");
            case LINES: return primary("lines");
            case INTS: return primary("xs");
            case OPT: return primary("opt");
            case BOXED: return random.nextBoolean() ? primary("map.get(\"a\")") : primary("Integer.valueOf(" + pick(INT_LITERALS) + ")");
            default: throw new AssertionError(sort);
        }
    }

    private static Printed literal(String text) {
        if (text.startsWith("-")) {
            return new Printed(text, Printed.UNARY);
        }
        return text.contains(" << ") ? new Printed(text, 9) : primary(text);
    }

    private Printed node(Sort sort, int depth, boolean boxedToo) {
        switch (sort) {
            case INT: return boxedToo && random.nextInt(8) == 0 ? node(Sort.BOXED, depth, true) : anInt(depth, boxedToo);
            case LONG: return aLong(depth);
            case DOUBLE: return aDouble(depth);
            case BOOLEAN: return aBoolean(depth);
            case CHAR: return aChar(depth);
            case STRING: return aString(depth);
            case DECIMAL: return aDecimal(depth);
            case LINE: return aLine(depth);
            case LINES: return someLines(depth);
            case INTS: return someInts(depth);
            case OPT: return anOptional(depth);
            case BOXED: return aBoxed(depth);
            default: throw new AssertionError(sort);
        }
    }

    /** An {@code int}, or where {@code boxedToo} an {@code Integer} as well. */
    private Printed anInt(int d, boolean boxedToo) {
        switch (random.nextInt(24)) {
            case 0: case 1: case 2: return binary(pick("+", "-", "*"), intOrChar(d), intOrChar(d));
            case 3: return binary(pick("/", "%"), intOrChar(d), intOrChar(d));
            case 4: return binary(pick("&", "|", "^"), of(Sort.INT, d), of(Sort.INT, d));
            case 5: return binary(pick("<<", ">>", ">>>"), intOrChar(d), random.nextBoolean() ? of(Sort.INT, d) : of(Sort.LONG, d));
            case 6: return unary(pick("-", "~", "+"), of(Sort.INT, d));
            case 7: return cast("int", random.nextBoolean() ? primitive(Sort.LONG, d) : primitive(Sort.DOUBLE, d));
            case 8: return boxedToo ? conditional(of(Sort.BOOLEAN, d), of(Sort.INT, d), of(Sort.INT, d))
                    : conditional(of(Sort.BOOLEAN, d), primitive(Sort.INT, d), primitive(Sort.INT, d));
            case 9: return call(of(Sort.STRING, d), pick("length", "hashCode"));
            case 10: return call(of(Sort.STRING, d), pick("indexOf", "lastIndexOf"), random.nextBoolean() ? of(Sort.CHAR, d)
                    : of(Sort.STRING, d));
            case 11: return call(of(Sort.STRING, d), "compareTo", of(Sort.STRING, d));
            case 12: return invoke("Math", pick("abs", "negateExact"), of(Sort.INT, d));
            case 13: return invoke("Math", pick("max", "min", "floorMod", "floorDiv"), of(Sort.INT, d), of(Sort.INT, d));
            case 14: return invoke("Integer", pick("compare", "sum", "max"), of(Sort.INT, d), of(Sort.INT, d));
            case 15: return invoke("Integer", pick("signum", "bitCount", "reverse", "numberOfLeadingZeros"), of(Sort.INT, d));
            case 16: return call(of(Sort.DECIMAL, d), pick("signum", "scale", "precision"));
            case 17: return call(of(Sort.DECIMAL, d), "compareTo", of(Sort.DECIMAL, d));
            case 18: return unboxedUnless(boxedToo, call(primary("map"), "getOrDefault", of(Sort.STRING, d), of(Sort.INT, d)));
            case 19: return cast("int", call(call(of(Sort.LINES, d), "stream"), "filter", lambda(Sort.LINE, Sort.BOOLEAN, d))
                    .withCall("count"));
            case 20: return call(call(of(Sort.INTS, d), "stream"), "mapToInt", pick(primary("Integer::intValue"),
                    lambda(Sort.BOXED, Sort.INT, d))).withCall("sum");
            case 21: return call(of(Sort.LINE, d), "qty");
            case 22: return unboxedUnless(boxedToo, call(call(of(Sort.OPT, d), "map", primary("String::length")), "orElse",
                    of(Sort.INT, d)));
            default: return call(of(Sort.INTS, d), "indexOf", of(Sort.INT, d));
        }
    }

    private Printed aLong(int d) {
        switch (random.nextInt(14)) {
            case 0: case 1: return binary(pick("+", "-", "*"), of(Sort.LONG, d), random.nextBoolean() ? of(Sort.LONG, d) : of(Sort.INT, d));
            case 2: return binary(pick("/", "%"), of(Sort.INT, d), of(Sort.LONG, d));
            case 3: return binary(pick("<<", ">>", ">>>"), of(Sort.LONG, d), random.nextBoolean() ? of(Sort.INT, d) : of(Sort.LONG, d));
            case 4: return binary(pick("&", "|", "^"), of(Sort.LONG, d), of(Sort.INT, d));
            case 5: return unary(pick("-", "~"), of(Sort.LONG, d));
            case 6: return cast("long", random.nextBoolean() ? primitive(Sort.DOUBLE, d) : primitive(Sort.INT, d));
            case 7: return call(of(Sort.LINE, d), pick("cents", "total"));
            case 8: return call(call(of(Sort.LINES, d), "stream"), "mapToLong", pick(primary("Line::cents"), primary("Line::total"),
                    lambda(Sort.LINE, Sort.LONG, d))).withCall("sum");
            case 9: return invoke("Math", pick("max", "min"), of(Sort.LONG, d), of(Sort.INT, d));
            case 10: return invoke("Math", "round", of(Sort.DOUBLE, d));
            case 11: return conditional(of(Sort.BOOLEAN, d), of(Sort.LONG, d), of(Sort.LONG, d));
            case 12: return call(call(call(of(Sort.LINES, d), "stream"), "filter", lambda(Sort.LINE, Sort.BOOLEAN, d)), "count");
            default: return call(of(Sort.DECIMAL, d), "longValue");
        }
    }

    private Printed aDouble(int d) {
        switch (random.nextInt(12)) {
            case 0: case 1: return binary(pick("+", "-", "*", "/"), of(Sort.DOUBLE, d), pick(of(Sort.DOUBLE, d), of(Sort.INT, d),
                    of(Sort.LONG, d)));
            case 2: return binary("%", of(Sort.DOUBLE, d), of(Sort.DOUBLE, d));
            case 3: return unary("-", of(Sort.DOUBLE, d));
            case 4: return invoke("Math", pick("sqrt", "floor", "ceil", "abs", "signum", "rint"), of(Sort.DOUBLE, d));
            case 5: return invoke("Math", pick("max", "min"), of(Sort.DOUBLE, d), of(Sort.DOUBLE, d));
            case 6: return binary("/", cast("double", primitive(Sort.INT, d)), of(Sort.INT, d));
            case 7: return call(of(Sort.DECIMAL, d), "doubleValue");
            case 8: return cast("double", cast("float", primitive(Sort.DOUBLE, d)));
            case 9: return conditional(of(Sort.BOOLEAN, d), of(Sort.DOUBLE, d), of(Sort.DOUBLE, d));
            case 10: return call(call(call(of(Sort.INTS, d), "stream"), "mapToInt", primary("Integer::intValue")), "average")
                    .withCall("orElse", of(Sort.DOUBLE, d));
            default: return call(call(of(Sort.LINES, d), "stream"), "mapToDouble", lambda(Sort.LINE, Sort.LONG, d)).withCall("sum");
        }
    }

    private Printed aBoolean(int d) {
        switch (random.nextInt(22)) {
            case 0: case 1: return binary(pick("<", "<=", ">", ">=", "==", "!="), of(Sort.INT, d), pick(of(Sort.INT, d),
                    of(Sort.LONG, d), of(Sort.CHAR, d)));
            case 2: return binary(pick("<", ">=", "==", "!="), of(Sort.DOUBLE, d), pick(of(Sort.DOUBLE, d), of(Sort.INT, d)));
            case 3: return binary(pick("==", "!=", "<"), of(Sort.CHAR, d), of(Sort.CHAR, d));
            case 4: case 5: return binary(pick("&&", "||", "&", "|", "^", "==", "!="), of(Sort.BOOLEAN, d), of(Sort.BOOLEAN, d));
            case 6: return unary("!", of(Sort.BOOLEAN, d));
            case 7: return call(of(Sort.STRING, d), pick("isEmpty", "isBlank"));
            case 8: return call(of(Sort.STRING, d), pick("equals", "startsWith", "contains", "endsWith", "equalsIgnoreCase"),
                    of(Sort.STRING, d));
            case 9: return binary(pick("==", "!="), pick(of(Sort.STRING, d), of(Sort.BOXED, d), of(Sort.LINE, d)), primary("null"));
            case 10: return binary("==", of(Sort.BOXED, d), pick(of(Sort.BOXED, d), of(Sort.INT, d)));
            case 11: return call(of(Sort.INTS, d), "contains", of(Sort.INT, d));
            case 12: return call(primary("map"), "containsKey", of(Sort.STRING, d));
            case 13: return call(of(Sort.OPT, d), pick("isPresent", "isEmpty"));
            case 14: return call(call(of(Sort.LINES, d), "stream"), pick("allMatch", "anyMatch", "noneMatch"),
                    lambda(Sort.LINE, Sort.BOOLEAN, d));
            case 15: return call(call(of(Sort.INTS, d), "stream"), pick("allMatch", "anyMatch"), lambda(Sort.BOXED, Sort.BOOLEAN, d));
            case 16: return invoke("Character", pick("isLetter", "isDigit", "isUpperCase", "isWhitespace"), of(Sort.CHAR, d));
            case 17: return binary(pick(">", "==", "<="), call(of(Sort.DECIMAL, d), "compareTo", of(Sort.DECIMAL, d)), primary("0"));
            case 18: return call(of(Sort.LINE, d), "equals", of(Sort.LINE, d));
            case 19: return invoke("Objects", "equals", anything(d), anything(d));
            case 20: return invoke("Double", pick("isNaN", "isInfinite"), of(Sort.DOUBLE, d));
            default: return conditional(of(Sort.BOOLEAN, d), of(Sort.BOOLEAN, d), of(Sort.BOOLEAN, d));
        }
    }

    private Printed aChar(int d) {
        switch (random.nextInt(7)) {
            case 0: return cast("char", primitive(Sort.INT, d));
            case 1: return cast("char", binary(pick("+", "-"), primitive(Sort.CHAR, d), primitive(Sort.INT, d)).parenthesized());
            case 2: return call(of(Sort.STRING, d), "charAt", of(Sort.INT, d));
            case 3: return conditional(call(primary("s"), "isEmpty"), of(Sort.CHAR, d), call(primary("s"), "charAt", primary("0")));
            case 4: return invoke("Character", pick("toUpperCase", "toLowerCase"), of(Sort.CHAR, d));
            case 5: return conditional(of(Sort.BOOLEAN, d), of(Sort.CHAR, d), of(Sort.CHAR, d));
            default: return invoke("Character", "forDigit", of(Sort.INT, d), primary("16"));
        }
    }

    private Printed aString(int d) {
        switch (random.nextInt(18)) {
            case 0: case 1: return binary("+", of(Sort.STRING, d), anything(d));
            case 2: return binary("+", anything(d), of(Sort.STRING, d));
            case 3: return invoke("String", "valueOf", anything(d));
            case 4: return call(of(Sort.STRING, d), pick("trim", "toUpperCase", "strip", "toLowerCase"));
            case 5: return call(of(Sort.STRING, d), "repeat", invoke("Math", "floorMod", of(Sort.INT, d), primary("3")));
            case 6: return call(of(Sort.STRING, d), "replace", of(Sort.CHAR, d), of(Sort.CHAR, d));
            case 7: return call(of(Sort.STRING, d), "concat", of(Sort.STRING, d));
            case 8: return call(of(Sort.LINE, d), "sku");
            case 9: return call(of(Sort.OPT, d), "orElse", of(Sort.STRING, d));
            case 10: return call(call(of(Sort.OPT, d), "map", lambda(Sort.STRING, Sort.STRING, d)), "orElse", of(Sort.STRING, d));
            case 11: return call(call(call(of(Sort.LINES, d), "stream"), "map", primary("Line::sku")), "collect",
                    invoke("Collectors", "joining", primary(pick(STRING_LITERALS))));
            case 12: return invoke(pick("Integer", "Long"), pick("toString", "toHexString"), of(Sort.INT, d));
            case 13: return call(of(Sort.DECIMAL, d), pick("toPlainString", "toString"));
            case 14: return conditional(of(Sort.BOOLEAN, d), of(Sort.STRING, d), of(Sort.STRING, d));
            case 15: return invoke("String", "format", primary("\"%d:%s\""), of(Sort.INT, d), anything(d));
            case 16: return call(pick(of(Sort.INTS, d), of(Sort.LINE, d), of(Sort.LINES, d)), "toString");
            default: return invoke("Objects", "toString", anything(d), of(Sort.STRING, d));
        }
    }

    private Printed aDecimal(int d) {
        switch (random.nextInt(9)) {
            case 0: case 1: return call(of(Sort.DECIMAL, d), pick("add", "subtract", "multiply", "max", "min"), of(Sort.DECIMAL, d));
            case 2: return call(of(Sort.DECIMAL, d), pick("negate", "abs", "stripTrailingZeros"));
            case 3: return invoke("BigDecimal", "valueOf", of(Sort.LONG, d));
            case 4: return invoke("BigDecimal", "valueOf", of(Sort.LONG, d), primary(Integer.toString(random.nextInt(5))));
            case 5: return call(of(Sort.DECIMAL, d), "setScale", primary(Integer.toString(random.nextInt(4))),
                    primary("RoundingMode." + pick("HALF_UP", "HALF_EVEN", "DOWN", "CEILING")));
            case 6: return call(of(Sort.DECIMAL, d), "divide", of(Sort.DECIMAL, d), primary("2"), primary("RoundingMode.HALF_EVEN"));
            case 7: return conditional(of(Sort.BOOLEAN, d), of(Sort.DECIMAL, d), of(Sort.DECIMAL, d));
            default: return call(call(call(of(Sort.LINES, d), "stream"), "map", primary("l -> BigDecimal.valueOf(l.cents())")),
                    "reduce", primary("BigDecimal.ZERO"), primary("BigDecimal::add"));
        }
    }

    private Printed aLine(int d) {
        switch (random.nextInt(5)) {
            case 0: return primary("new Line" + Printed.arguments(of(Sort.STRING, d), of(Sort.LONG, d), of(Sort.INT, d)));
            case 1: return invoke("Line", "of", of(Sort.STRING, d), of(Sort.LONG, d));
            case 2: return conditional(of(Sort.BOOLEAN, d), of(Sort.LINE, d), of(Sort.LINE, d));
            case 3: return call(call(call(of(Sort.LINES, d), "stream"), "filter", lambda(Sort.LINE, Sort.BOOLEAN, d)), "findFirst")
                    .withCall("orElse", of(Sort.LINE, d));
            default: return call(call(call(of(Sort.LINES, d), "stream"), "max", invoke("Comparator", "comparingLong",
                    primary("Line::cents"))), "orElse", of(Sort.LINE, d));
        }
    }

    private Printed someLines(int d) {
        switch (random.nextInt(4)) {
            case 0: return invoke("List", "of", of(Sort.LINE, d), of(Sort.LINE, d));
            case 1: return call(call(call(of(Sort.LINES, d), "stream"), "filter", lambda(Sort.LINE, Sort.BOOLEAN, d)), "collect",
                    primary("Collectors.toList()"));
            case 2: return invoke("Collections", "nCopies", invoke("Math", "floorMod", of(Sort.INT, d), primary("3")), of(Sort.LINE, d));
            default: return call(call(call(of(Sort.LINES, d), "stream"), "sorted", primary("Comparator.comparingInt(Line::qty)")),
                    "collect", primary("Collectors.toList()"));
        }
    }

    private Printed someInts(int d) {
        switch (random.nextInt(5)) {
            case 0: return invoke("List", "of", of(Sort.INT, d), of(Sort.INT, d));
            case 1: return invoke("Arrays", "asList", of(Sort.BOXED, d), of(Sort.INT, d));
            case 2: return call(call(call(of(Sort.INTS, d), "stream"), "map", lambda(Sort.BOXED, Sort.INT, d)), "collect",
                    primary("Collectors.toList()"));
            case 3: return call(call(call(of(Sort.LINES, d), "stream"), "map", primary("Line::qty")), "collect",
                    primary("Collectors.toList()"));
            default: return call(call(call(of(Sort.INTS, d), "stream"), "filter", lambda(Sort.BOXED, Sort.BOOLEAN, d)), "collect",
                    primary("Collectors.toList()"));
        }
    }

    private Printed anOptional(int d) {
        switch (random.nextInt(6)) {
            case 0: return invoke("Optional", pick("of", "ofNullable"), of(Sort.STRING, d));
            case 1: return primary("Optional.<String>empty()");
            case 2: return call(of(Sort.OPT, d), "map", lambda(Sort.STRING, Sort.STRING, d));
            case 3: return call(of(Sort.OPT, d), "filter", lambda(Sort.STRING, Sort.BOOLEAN, d));
            case 4: return conditional(of(Sort.BOOLEAN, d), of(Sort.OPT, d), of(Sort.OPT, d));
            default: return call(call(call(of(Sort.LINES, d), "stream"), "map", primary("Line::sku")), "filter",
                    primary("Objects::nonNull")).withCall("findFirst");
        }
    }

    private Printed aBoxed(int d) {
        switch (random.nextInt(6)) {
            case 0: return call(primary("map"), "get", of(Sort.STRING, d));
            case 1: return invoke("Integer", "valueOf", of(Sort.INT, d));
            case 2: return conditional(call(of(Sort.INTS, d), "isEmpty"), primary("null"), call(primary("xs"), "get", primary("0")));
            case 3: return cast("Integer", primitive(Sort.INT, d));
            case 4: return conditional(of(Sort.BOOLEAN, d), of(Sort.BOXED, d), of(Sort.BOXED, d));
            default: return call(call(of(Sort.OPT, d), "map", primary("String::length")), "orElse", primary("null"));
        }
    }

    private static Printed unboxedUnless(boolean boxedToo, Printed integer) {
        return boxedToo ? integer : call(integer, "intValue");
    }

    private Printed intOrChar(int d) {
        return random.nextInt(4) == 0 ? of(Sort.CHAR, d) : of(Sort.INT, d);
    }

    private Printed anything(int d) {
        Sort[] sorts = Sort.values();
        return of(sorts[random.nextInt(sorts.length)], d);
    }

    /** {@code vK -> body}, {@code vK} a fresh name of {@code parameter}'s sort, in scope in {@code body}. */
    private Printed lambda(Sort parameter, Sort body, int d) {
        String name = "v" + ++lambdas;
        locals.add(new Local(name, parameter));
        try {
            return new Printed(name + " -> " + of(body, d).text(), 0);
        } finally {
            locals.remove(locals.size() - 1);
        }
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private Printed pick(Printed... options) {
        return options[random.nextInt(options.length)];
    }
}
