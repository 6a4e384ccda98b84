package dev.invariants.junit.spi;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.spi.syntax.Node;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * What invariants-property asks of the runtime that checks invariants (see the package documentation).
 * {@link #current()} finds the one implementation invariants-junit registers as a service.
 */
public abstract class InvariantsRuntime {

    /** The runtime of this class loader's invariants-junit. */
    public static InvariantsRuntime current() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final InvariantsRuntime INSTANCE = ServiceLoader
                .load(InvariantsRuntime.class, InvariantsRuntime.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + InvariantsRuntime.class.getName()
                        + " service next to " + InvariantsRuntime.class.getName() + ": invariants-junit is incomplete"));
    }

    /** A call made under observation: what the checked code does, or throws. */
    @FunctionalInterface
    public interface Call {
        /** Runs the call; what it throws is part of the outcome, not an error of the observer. */
        Object run() throws Throwable;
    }

    /** The invariants a class file declares, empty when it mentions none. */
    public abstract List<InvariantDefinition> definitions(byte[] classFile);

    /**
     * The declared set of the run: the innermost open session's own scan when its scan keys match
     * {@code configuration}, else a new scan that becomes the session's, so the report and the caller share one.
     *
     * @throws RuntimeException when the class path cannot be scanned
     */
    public abstract List<InvariantDefinition> declared(Function<String, Optional<String>> configuration,
            ClassLoader loader);

    /** Whether {@code invariants.enabled} leaves checking on under that configuration. */
    public abstract boolean enabled(Function<String, Optional<String>> configuration);

    /** Runs the call on this thread and returns what every invariant said during it, in recording order. */
    public abstract ObservedCall observe(Call call);

    /**
     * Wraps work to run on another thread so that the invariants evaluated there are credited to the test running on
     * the calling thread, as if they ran on it (generation runs each try on a worker thread it can leave behind at the
     * try's deadline). Call it on the test's thread.
     */
    public Runnable credited(Runnable work) {
        return work;
    }

    /** Adds one generated property run of the invariant to the run's report (its {@code generated} field). */
    public abstract void generatedRun(InvariantDefinition invariant, int tries, int rejected, boolean failed,
            boolean couldNotBeFalsified);

    /** A value of the current run's configuration, for keys the runtime does not own. */
    public abstract Optional<String> configuration(String key);

    /** Prints a warning for the user, once per text, as the runtime prints its own. */
    public abstract void warn(String message);

    /**
     * The expression's syntax tree, parsed by the runtime's own compiler: one parser in the product, so
     * what generation analyses is what the runtime checks.
     *
     * @throws ExpressionError where the text does not parse, with the position
     */
    public abstract Node parse(String expression) throws ExpressionError;

    /**
     * Compiles {@code expression} over free variables ({@code names}, of the given generic {@code types}), in
     * the scope of {@code scope} (its fields and methods, private ones included, and its imports as the
     * runtime resolves them), to a handle taking the variables in order and returning the value boxed.
     *
     * @throws ExpressionError where it does not parse or type
     */
    public abstract MethodHandle compileFree(Class<?> scope, String expression, List<String> names, List<Type> types)
            throws ExpressionError;
}
