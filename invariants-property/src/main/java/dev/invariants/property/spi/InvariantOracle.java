package dev.invariants.property.spi;

import java.util.List;
import java.util.Optional;

/**
 * The engine's only view of the invariant runtime: which invariants a class declares, and what they
 * said about a call the engine made.
 *
 * <p>By default the engine uses the real runtime of {@code invariants-junit} (its class-file reader
 * for the declarations, its woven checks for the verdicts). Another implementation can be registered
 * with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.invariants.property.spi.InvariantOracle}) or passed to
 * {@code InvariantProperties.oracle(...)}. The engine never evaluates a call's {@code pre} or
 * {@code post} itself: the verdicts are what the runtime evaluated on the real call.
 * The engine calls {@link #observe} on a worker thread of its own (one try at a time, inside {@link #credited}), the
 * other methods on the thread that runs the generated test.
 */
public interface InvariantOracle {

    /**
     * The invariants declared by {@code type} itself: on its methods, its constructors and the type.
     * Inherited invariants are listed by the class that declares them.
     *
     * @param type a class
     * @return its invariants, in declaration order
     */
    List<InvariantDescriptor> invariants(Class<?> type);

    /**
     * Makes the call through {@code invocation} and reports what happened. An
     * {@code InvariantViolationError} thrown by the runtime during the call must be caught and
     * reported as a {@link Verdict.Status#VIOLATED} verdict, not rethrown; any other exception is
     * the call's own {@link CallOutcome#thrown()}.
     *
     * @param call what is being called, with which receiver and arguments
     * @param invocation performs the call
     * @return how the call ended and the verdict of every invariant evaluated for it
     */
    CallOutcome observe(Call call, Invocation invocation);

    /**
     * Wraps work the engine runs on a thread of its own (each try runs on a worker it can leave behind at its
     * deadline) so that what the runtime evaluates there is credited to the test running on the calling thread. Called
     * on that thread. By default the work is returned unchanged.
     *
     * @param work what the worker runs
     * @return the work, credited
     */
    default Runnable credited(Runnable work) {
        return work;
    }

    /**
     * A configuration parameter of the current JUnit Platform run, such as
     * {@code invariants.property.seed}. The engine falls back to system properties and
     * {@code junit-platform.properties} when this is empty.
     *
     * @param key the key
     * @return the value, if the run sets it
     */
    default Optional<String> configurationParameter(String key) {
        return Optional.empty();
    }

    /**
     * Called once after each generated property has run, so the runtime can put the statistics in
     * its report (for example the share of inputs each precondition rejected).
     *
     * @param invariant the invariant the property was generated from
     * @param tries how many inputs were generated
     * @param rejected how many of them the precondition (or input construction) rejected
     * @param failed whether a counterexample was found
     * @param couldNotBeFalsified whether the invariant's {@code post} held for every value substituted
     *     for what it reads (a likely tautology, see {@code docs/generation.md})
     */
    default void propertyFinished(InvariantDescriptor invariant, int tries, int rejected, boolean failed,
            boolean couldNotBeFalsified) {
    }
}
