package dev.invariants.junit.internal.expr.attr;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.invariants.junit.internal.expr.Standalone;
import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.internal.expr.syntax.Parser;
import dev.invariants.junit.internal.expr.tree.Typed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import net.bytebuddy.jar.asm.Type;

/**
 * Attributes and runs expressions in {@link ShapesFixture#check}: the typed tree, the error, or the value
 * for the parameters {@link #VALUES} (one of them replaced where a test says so).
 */
final class Shaped {

    static final List<String> NAMES = List.of("i", "l", "boxed", "big", "o", "s", "arr", "list", "b", "d", "coll", "by",
            "sh", "c", "db", "flag", "t", "ts", "objects");

    /** The parameters' values by position in {@link #NAMES}. */
    static final List<Object> VALUES = List.of(7, 1L << 40, 42, 9L, "text", "hello", new int[] {3, 1, 4},
            List.of("x", "yy"), true, 2.5, new ArrayList<>(List.of("p", "q")), (byte) -3, (short) 300, 'z', 1.5,
            Boolean.FALSE, "tee", new String[] {"u", "vv"}, new Object[] {1, "two"});

    private static final Method CHECK = check();
    private static final ShapesFixture<String> FIXTURE = new ShapesFixture<>();

    private Shaped() {}

    private static Method check() {
        for (Method each : ShapesFixture.class.getDeclaredMethods()) {
            if (each.getName().equals("check")) {
                return each;
            }
        }
        throw new IllegalStateException("no check method");
    }

    private static Context context() {
        String owner = Type.getInternalName(ShapesFixture.class);
        return new Context(owner, owner, "check", Type.getMethodDescriptor(CHECK), NAMES, false, Context.Part.VALUE);
    }

    static Typed typed(String text) throws ExpressionError {
        return new Attributor(Shaped.class.getClassLoader()).attribute(Parser.parse(text), context(), text)
                .expression();
    }

    static ExpressionError error(String text) {
        return catchThrowableOfType(() -> typed(text), ExpressionError.class);
    }

    /** The value of {@code text} for {@link #VALUES}, boxed. */
    static Object run(String text) throws Throwable {
        return runWith(text, null, null);
    }

    /** The value of {@code text} with parameter {@code name} set to {@code value}. */
    static Object runWith(String text, String name, Object value) throws Throwable {
        List<Object> arguments = new ArrayList<>();
        arguments.add(FIXTURE);
        arguments.addAll(Arrays.asList(VALUES.toArray()));
        if (name != null) {
            arguments.set(1 + NAMES.indexOf(name), value);
        }
        return Standalone.compile(CHECK, text).invokeWithArguments(arguments);
    }

    static int[] arr() {
        return ((int[]) VALUES.get(6)).clone();
    }

    @SuppressWarnings("unchecked")
    static Collection<String> coll() {
        return (Collection<String>) VALUES.get(10);
    }
}
