package dev.invariants.property;

/**
 * The configuration keys of invariants-property, set like every JUnit Platform configuration parameter
 * ({@code junit-platform.properties}, a build tool's {@code configurationParameters}, or a system property).
 * {@link InvariantProperties} overrides the first three for one factory. The keys of the runtime itself
 * (scan, report, gate) are in {@code dev.invariants.junit.InvariantsConfiguration}.
 */
public final class PropertyConfiguration {

    /**
     * Valid inputs per generated property; a positive integer. Default {@value #PROPERTY_TRIES_DEFAULT}.
     * Rejected inputs do not count; at most ten times as many are drawn.
     */
    public static final String PROPERTY_TRIES = "invariants.property.tries";

    /** The default of {@link #PROPERTY_TRIES}. */
    public static final int PROPERTY_TRIES_DEFAULT = 200;

    /** A fixed seed (a long) that replays a generated run. Default: random, printed with every failure. */
    public static final String PROPERTY_SEED = "invariants.property.seed";

    /**
     * Where generated tests remember their failing examples, replayed first on the next run. Default
     * {@value #PROPERTY_EXAMPLES_DIR_DEFAULT}, relative to the working directory.
     */
    public static final String PROPERTY_EXAMPLES_DIR = "invariants.property.examples.dir";

    /** The default of {@link #PROPERTY_EXAMPLES_DIR}. */
    public static final String PROPERTY_EXAMPLES_DIR_DEFAULT = "target/invariants/property-examples";

    /**
     * {@code true} switches on the zero-code mode: a test engine that runs generated property tests for
     * every class with invariants in the declared set ({@code invariants.scan.packages},
     * {@code invariants.scan.jars}), one container per class and one test per invariant, with no test code.
     * Default {@value #PROPERTY_AUTO_DEFAULT}: the engine discovers nothing and does not scan.
     */
    public static final String PROPERTY_AUTO = "invariants.property.auto";

    /** The default of {@link #PROPERTY_AUTO}. */
    public static final boolean PROPERTY_AUTO_DEFAULT = false;

    /**
     * In the call sequences that test a type invariant: the share of calls, to a method or constructor with a
     * {@code pre}, whose arguments are drawn with no regard to it (a {@code pre} is a guard: an out-of-contract call
     * must keep the type invariant too, but breaking it that way is a different finding from a bug within every
     * contract, and is reported apart). A fraction from 0 to 1. Default {@value #PROPERTY_OUTSIDE_PRE_DEFAULT}.
     */
    public static final String PROPERTY_OUTSIDE_PRE = "invariants.property.sequences.outside-pre";

    /** The default of {@link #PROPERTY_OUTSIDE_PRE}. */
    public static final double PROPERTY_OUTSIDE_PRE_DEFAULT = 0.1;

    /**
     * How long one generated try (building the input and making the call, or one call sequence) may run. A try
     * still running at its deadline is interrupted and left behind on its own thread, reported as the health check
     * {@code too-slow} with its input, and the run goes on without it. A duration: a whole number of milliseconds,
     * or with the unit {@code ms} or {@code s} ({@code 500ms}, {@code 2s}). Default {@value #PROPERTY_DEADLINE_DEFAULT}.
     */
    public static final String PROPERTY_DEADLINE = "invariants.property.deadline";

    /** The default of {@link #PROPERTY_DEADLINE}. */
    public static final String PROPERTY_DEADLINE_DEFAULT = "1s";

    /**
     * How long one generated property (all its tries and the shrinking of its failures) may run. When it is used up,
     * no new try starts and shrinking keeps the smallest failure found so far. A duration like
     * {@link #PROPERTY_DEADLINE}. Default {@value #PROPERTY_TIME_BUDGET_DEFAULT}.
     */
    public static final String PROPERTY_TIME_BUDGET = "invariants.property.time-budget";

    /** The default of {@link #PROPERTY_TIME_BUDGET}. */
    public static final String PROPERTY_TIME_BUDGET_DEFAULT = "30s";

    /**
     * {@code false} leaves the call sequences of every class out: type invariants are then not tested with generated
     * calls, and their nodes are reported skipped, saying why. Default {@value #PROPERTY_SEQUENCES_DEFAULT}.
     */
    public static final String PROPERTY_SEQUENCES = "invariants.property.sequences";

    /** The default of {@link #PROPERTY_SEQUENCES}. */
    public static final boolean PROPERTY_SEQUENCES_DEFAULT = true;

    /**
     * Classes whose call sequences are left out, comma-separated: fully qualified names, or a package and all below it
     * as {@code com.acme.money.*}. Their type invariants' nodes are reported skipped, saying why. Default: none.
     */
    public static final String PROPERTY_SEQUENCES_SKIP = "invariants.property.sequences.skip";

    private PropertyConfiguration() {}
}
