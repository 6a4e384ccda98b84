package dev.invariants.property.internal.tautology;

import dev.invariants.property.internal.engine.ChoiceRecorder;
import dev.invariants.property.internal.gen.Bounds;
import dev.invariants.property.internal.gen.TypeGenerators;
import dev.invariants.property.spi.InvariantDescriptor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.SplittableRandom;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.ExpressionEvaluator;

/**
 * Whether a {@code post} could be falsified at all. The expression is compiled on its own, with every
 * name it reads — {@code result}, the parameters, the fields of {@code this}, each {@code old(...)} —
 * turned into a free variable of the same type (static fields keep their values). It is then
 * evaluated with generated non-null values for all of them, edge cases first ({@value #EDGE_TRIES} rounds),
 * then random ones, {@value #TRIES} in all, each variable independently of the others, so no
 * relation between the object's fields is assumed. When it never evaluates to {@code false} or throws,
 * the post "could not be falsified": it is very probably a tautology ({@code result == result},
 * {@code x >= 0 || x < 0}, {@code true}), which checks nothing.
 *
 * <p>This errs one way only: a post reported here held for every value tried, but a rare value (one
 * exact number among all longs, say) could still falsify it. A post that reads what cannot be
 * substituted (a method of {@code this}, a lambda) is not judged: {@link Verdict#NOT_JUDGED}.
 */
public final class Tautology {

    static final int TRIES = 300;
    static final int EDGE_TRIES = 40;

    /** What the check concluded. */
    public enum Verdict {
        /** Some substituted value made the post false, or made it throw. */
        FALSIFIABLE,
        /** The post held for every substituted value. */
        COULD_NOT_BE_FALSIFIED,
        /** The post reads something that cannot be substituted, or could not be compiled on its own. */
        NOT_JUDGED
    }

    private Tautology() {
    }

    public static Verdict check(InvariantDescriptor invariant, TypeGenerators generators) {
        if (invariant.post().isBlank()) {
            return Verdict.NOT_JUDGED;
        }
        Executable member = invariant.member();
        Type result = member instanceof Method method && method.getReturnType() != void.class ? method.getGenericReturnType() : null;
        Free free = Free.of(invariant, result);
        if (free == null) {
            return Verdict.NOT_JUDGED;
        }
        ExpressionEvaluator evaluator = new ExpressionEvaluator();
        evaluator.setExpressionType(boolean.class);
        evaluator.setDefaultImports("java.util.*", "java.math.*", "java.time.*", invariant.owner().getPackageName() + ".*");
        evaluator.setParameters(free.names(), free.rawTypes());
        evaluator.setParentClassLoader(invariant.owner().getClassLoader());
        try {
            evaluator.cook(free.expression());
        } catch (CompileException | RuntimeException notStandalone) {
            return Verdict.NOT_JUDGED;
        }
        SplittableRandom random = new SplittableRandom(invariant.id().hashCode());
        int evaluated = 0;
        for (int i = 0; i < TRIES; i++) {
            ChoiceRecorder source = ChoiceRecorder.generating(random.split(), i < EDGE_TRIES ? i : -1, 0.2);
            Object[] values = new Object[free.types().length];
            try {
                for (int v = 0; v < values.length; v++) {
                    values[v] = generators.generate(source, free.types()[v], Bounds.NONE.withNonNull(), 0);
                }
            } catch (RuntimeException cannotGenerate) { // a Rejection, or a type it cannot build
                continue;
            }
            try {
                if (!Boolean.TRUE.equals(evaluator.evaluate(values))) {
                    return Verdict.FALSIFIABLE;
                }
                evaluated++;
            } catch (InvocationTargetException threw) {
                return Verdict.FALSIFIABLE;
            }
        }
        return evaluated >= TRIES / 2 ? Verdict.COULD_NOT_BE_FALSIFIED : Verdict.NOT_JUDGED;
    }
}
