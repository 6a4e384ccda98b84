package dev.invariants.junit.internal.ledger;

import dev.invariants.report.Generated;

/**
 * Where the runtime reports every evaluation. The hot path is {@link #record(int, int)}: one volatile
 * read, one thread-local lookup, one increment of a counter confined to the calling thread. No
 * allocation, no lock, no string key; memory does not grow with the number of evaluations.
 *
 * <p>Evaluations go to the active {@link Ledger}: the innermost launcher session that records, or,
 * outside any such session, a ledger of this JVM that no report reads.
 */
public final class Recorder {

    /** {@code pre} was false on entry: the call proceeded unchecked (guard mode). */
    public static final int PRE_FAILED = 0;
    /** {@code pre} held and the invariant held. */
    public static final int PASSED = 1;
    /** {@code pre} held and the invariant did not. */
    public static final int VIOLATED = 2;
    /** {@code pre} held and the call threw, which a {@code post}-only invariant neither passes nor violates. */
    public static final int THREW = 3;
    /** The expression threw while evaluated, or the definition is broken. */
    public static final int BROKEN = 4;
    /** The number of outcomes. */
    public static final int OUTCOMES = 5;

    /** An assertion call (JUnit, AssertJ, Hamcrest, Mockito {@code verify}). */
    public static final int ASSERTION = 0;
    /** An assertion call that checks only that a value is not {@code null} ({@code assertNotNull}). */
    public static final int NOT_NULL_ASSERTION = 1;

    private static final Ledger DETACHED = new Ledger();
    private static volatile boolean assertionsCounted;
    private static volatile Ledger active = DETACHED;

    private Recorder() {}

    /** Records one evaluation of the invariant with the given registry index. */
    public static void record(int invariant, int outcome) {
        active.record(invariant * OUTCOMES + outcome);
    }

    /**
     * Records one assertion call of the given kind ({@link #ASSERTION} or {@link #NOT_NULL_ASSERTION}),
     * credited like an evaluation. Called by the assertion-counting instrumentation, outermost calls only.
     */
    public static void assertion(int kind) {
        active.assertion(kind);
    }

    /** Records that the running test created a Mockito mock or spy of the type. */
    public static void mocked(Class<?> type) {
        active.mocked(type);
    }

    /**
     * Records the two sides of the {@code comparison}-th numeric comparison of the invariant's {@code post}
     * (as listed by {@code internal.model.Comparisons}), evaluated after a call whose {@code pre} held:
     * the ledger keeps the observation closest to the edge. Cheap: an array read and a compare.
     */
    public static void boundary(int invariant, int comparison, double left, double right) {
        active.boundary(invariant, comparison, left, right);
    }

    /**
     * Records the classes of an invariant's inputs on one call ({@code internal.model.Partitions}: 4 bits each,
     * the first input lowest) and whether its {@code pre} held: sets one bit per pair of inputs.
     */
    public static void combination(int invariant, long packed, int arity, boolean held) {
        active.combination(invariant, packed, arity, held);
    }

    /** Says that assertion calls are counted in this JVM from now on (reports then judge vacuous tests). */
    public static void countingAssertions() {
        assertionsCounted = true;
    }

    /** Whether assertion calls are counted in this JVM. */
    public static boolean assertionsCounted() {
        return assertionsCounted;
    }

    /**
     * Keeps the message of a violation for the test (or container) running on the calling thread, the first per
     * invariant: a violation the code under test swallows fails nothing, so the report must say what it was.
     * Off the hot path: called only when a violation is built.
     */
    public static void violated(int invariant, String message) {
        Ledger ledger = active;
        Tally target = ledger.lane().current();
        (target == null ? ledger.unattributedTarget() : target).violated(invariant, message);
    }

    /** Records that the invariant cannot be evaluated, with the message users will see. First reason wins. */
    public static void broken(int invariant, String reason) {
        Ledger ledger = active;
        ledger.broken(invariant, reason);
        Observation.broken(invariant, reason);
        ledger.record(invariant * OUTCOMES + BROKEN);
    }

    /**
     * A property test generated from the invariant finished (called by {@code invariants-property}).
     *
     * @param tries               inputs generated
     * @param rejected            of which the precondition (or building the input) rejected
     * @param failed              whether it found a counterexample
     * @param couldNotBeFalsified whether its {@code post} held for every substituted value tried
     */
    public static void generated(int invariant, long tries, long rejected, boolean failed, boolean couldNotBeFalsified) {
        Ledger ledger = active;
        ledger.lane().current().markGenerated();
        ledger.generated(invariant, new Generated(1, tries, rejected, failed ? 1 : 0, couldNotBeFalsified));
    }

    /** How often the invariant had the outcome in the active ledger so far (for tests and diagnostics; not cheap). */
    public static long count(int invariant, int outcome) {
        return active.count(invariant, outcome);
    }

    /**
     * The test or container running on the calling thread, as the report labels it
     * ({@code AccountTests.withdraws()}); {@code null} outside any.
     */
    public static String currentTest() {
        Tally target = active.lane().current();
        if (target == null || target.type() == Tally.Type.UNATTRIBUTED) {
            return null;
        }
        String className = target.className();
        return className == null ? target.name() : className.substring(className.lastIndexOf('.') + 1) + "." + target.name();
    }

    /** Why the invariant is broken in the active ledger, or {@code null}. */
    public static String brokenReason(int invariant) {
        return active.brokenReason(invariant);
    }

    /** Makes the ledger the one evaluations go to; returns the one that was active, to restore later. */
    public static Ledger activate(Ledger ledger) {
        Ledger previous = active;
        active = ledger;
        return previous;
    }

    /** Restores {@code previous} if {@code ledger} is still the active one (sessions close innermost first). */
    public static void deactivate(Ledger ledger, Ledger previous) {
        if (active == ledger) {
            active = previous == null || previous.isClosed() ? DETACHED : previous;
        }
    }

    /** The ledger evaluations currently go to. */
    public static Ledger active() {
        return active;
    }
}
