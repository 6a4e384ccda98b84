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

    private PropertyConfiguration() {}
}
