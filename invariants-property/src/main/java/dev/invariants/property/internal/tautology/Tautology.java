package dev.invariants.property.internal.tautology;

import dev.invariants.junit.spi.InvariantsRuntime;
import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.property.internal.engine.ChoiceRecorder;
import dev.invariants.property.internal.gen.Bounds;
import dev.invariants.property.internal.gen.TypeGenerators;
import dev.invariants.property.spi.InvariantDescriptor;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Whether a {@code post} could be falsified at all. The expression is compiled on its own, by the runtime's
 * expression compiler as a static expression of the declaring class, with every name it reads — {@code result}, the parameters, the fields of {@code this}, each {@code old(...)} —
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

    /** Compiles the rewritten post: {@link InvariantsRuntime#compileFree}, or a stand-in in tests. */
    @FunctionalInterface
    interface Compiler {
        MethodHandle compile(Class<?> scope, String expression, List<String> names, List<Type> types) throws ExpressionError;
    }

    private Tautology() {
    }

    public static Verdict check(InvariantDescriptor invariant, TypeGenerators generators) {
        return check(invariant, generators, InvariantsRuntime.current()::compileFree);
    }

    static Verdict check(InvariantDescriptor invariant, TypeGenerators generators, Compiler compiler) {
        if (invariant.post().isBlank()) {
            return Verdict.NOT_JUDGED;
        }
        Executable member = invariant.member();
        Type result = member instanceof Method method && method.getReturnType() != void.class ? method.getGenericReturnType() : null;
        Free free = Free.of(invariant, result);
        if (free == null) {
            return Verdict.NOT_JUDGED;
        }
        MethodHandle post;
        try {
            post = compiler.compile(invariant.owner(), free.expression(), free.names(), free.types())
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ExpressionError | RuntimeException | LinkageError notStandalone) {
            return Verdict.NOT_JUDGED;
        }
        SplittableRandom random = new SplittableRandom(invariant.id().hashCode());
        int evaluated = 0;
        for (int i = 0; i < TRIES; i++) {
            ChoiceRecorder source = ChoiceRecorder.generating(random.split(), i < EDGE_TRIES ? i : -1, 0.2);
            Object[] values = new Object[free.types().size()];
            try {
                for (int v = 0; v < values.length; v++) {
                    values[v] = generators.generate(source, free.types().get(v), Bounds.NONE.withNonNull(), 0);
                }
            } catch (RuntimeException cannotGenerate) { // a Rejection, or a type it cannot build
                continue;
            }
            Object value;
            try {
                value = (Object) post.invokeExact(values);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable threw) {
                return Verdict.FALSIFIABLE;
            }
            if (!(value instanceof Boolean holds)) {
                return Verdict.NOT_JUDGED; // not a boolean post: not ours to judge, the runtime reports it
            }
            if (!holds) {
                return Verdict.FALSIFIABLE;
            }
            evaluated++;
        }
        return evaluated >= TRIES / 2 ? Verdict.COULD_NOT_BE_FALSIFIED : Verdict.NOT_JUDGED;
    }
}
