package dev.invariants.property;

/**
 * The configuration keys of generated property tests. Each is a JUnit Platform configuration
 * parameter (a system property or an entry of {@code junit-platform.properties} works too). An
 * invalid value is logged as a warning quoting the key and the value, and the default is used.
 */
public final class PropertyConfiguration {

    /**
     * How many valid inputs each generated property tries: {@value}. Default
     * {@link #DEFAULT_TRIES}; a positive integer.
     */
    public static final String TRIES_PROPERTY_NAME = "invariants.property.tries";

    /** The number of tries when {@link #TRIES_PROPERTY_NAME} is not set: {@value}. */
    public static final int DEFAULT_TRIES = 200;

    /**
     * The seed of the run: {@value}. Default: a random seed, printed with every failure so that
     * setting this key to it replays the failure. A long integer.
     */
    public static final String SEED_PROPERTY_NAME = "invariants.property.seed";

    /**
     * Where failing examples are remembered between runs and replayed first: {@value}. Default
     * {@link #DEFAULT_EXAMPLES_DIR}, relative to the working directory.
     */
    public static final String EXAMPLES_DIR_PROPERTY_NAME = "invariants.property.examples.dir";

    /** The directory of remembered examples when {@link #EXAMPLES_DIR_PROPERTY_NAME} is not set: {@value}. */
    public static final String DEFAULT_EXAMPLES_DIR = "target/invariants/property-examples";

    /**
     * The share of generated inputs a precondition may reject before the property fails for checking
     * too little: {@value}.
     */
    public static final double MAX_REJECTED_SHARE = 0.9;

    private PropertyConfiguration() {
    }
}
