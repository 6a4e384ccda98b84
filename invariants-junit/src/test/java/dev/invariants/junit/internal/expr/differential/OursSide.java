package dev.invariants.junit.internal.expr.differential;

import dev.invariants.junit.internal.expr.Standalone;
import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.internal.expr.syntax.Parser;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Our compiler, through {@link Standalone}, one expression at a time, in the test build's own fixtures. */
final class OursSide implements Side {

    @Override
    public String name() {
        return "ours";
    }

    @Override
    public Class<?> purse() {
        return Purse.class;
    }

    @Override
    public Map<Case, Compiled> compile(List<Case> cases) {
        Map<Case, Compiled> compiled = new IdentityHashMap<>();
        for (Case each : cases) {
            compiled.put(each, compile(each));
        }
        return compiled;
    }

    /** Which stage rejects an expression: the parser, or one after it. */
    private static String stage(String expression) {
        try {
            Parser.parse(expression);
            return "[attribution] ";
        } catch (ExpressionError | RuntimeException e) {
            return "[syntax] ";
        }
    }

    private static Compiled compile(Case each) {
        try {
            return Compiled.of(Standalone.compile(Contexts.method(each.context()), each.expression()));
        } catch (ExpressionError e) {
            return Compiled.rejected(stage(each.expression()) + e.getMessage() + " at " + e.start() + ".." + e.end());
        } catch (Throwable e) {
            // A crash of ours (a stub, a bug, a class the JVM refuses to define) is a disagreement, never a skip.
            return Compiled.crashed(e);
        }
    }
}
