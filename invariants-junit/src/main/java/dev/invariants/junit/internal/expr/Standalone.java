package dev.invariants.junit.internal.expr;

import dev.invariants.junit.internal.expr.syntax.ExpressionError;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Compiles one expression on its own, in the context of a method of a loaded class, through the same
 * parser, attribution and emission as the checks: for tests that compare our compiler with javac, and
 * for tools. The expression sees what a {@code post} of {@code context} sees, without {@code result}
 * and {@code old}: the method's parameters by name, {@code this} and the class's members.
 */
public final class Standalone {

    private Standalone() {}

    /**
     * A handle taking {@code this} (unless {@code context} is static) and then {@code context}'s parameters,
     * returning the expression's value, boxed; it throws what the expression throws.
     *
     * @throws ExpressionError when the expression does not compile
     */
    public static MethodHandle compile(Method context, String expression) throws ExpressionError {
        throw new UnsupportedOperationException("skeleton");
    }

    // TEMPORARY STUB (branch expr-property): the lead's implementation replaces it.
    /**
     * Compiles {@code expression} as a static expression of {@code scope} (its static members, imports, package and
     * nested types visible) whose names {@code names} are variables of {@code types} (generic types honoured, e.g.
     * {@code List<Line>}); returns a handle {@code (Object[] values) -> Object} (the boxed value).
     *
     * @throws ExpressionError when the expression does not compile
     */
    public static MethodHandle compileFree(Class<?> scope, String expression, List<String> names,
            List<java.lang.reflect.Type> types) throws ExpressionError {
        throw new UnsupportedOperationException("skeleton");
    }
}
