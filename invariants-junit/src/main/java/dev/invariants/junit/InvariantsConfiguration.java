package dev.invariants.junit;

/**
 * The configuration keys of {@code invariants}, read as JUnit Platform configuration parameters:
 * {@code junit-platform.properties}, system properties ({@code -Dkey=value}), or the build tool's
 * configuration parameters (Surefire's {@code <configurationParameters>}, Gradle's
 * {@code systemProperty}). An invalid value is reported as a warning quoting the key and the value,
 * and the default is used.
 *
 * <pre>{@code
 * # src/test/resources/junit-platform.properties
 * invariants.report.dir=target/invariants
 * invariants.gate.min-coverage=0.8
 * }</pre>
 */
public final class InvariantsConfiguration {

    /**
     * Switches everything off when {@code false}: no agent, no checks, no report. Default {@code true}.
     * Set it as a system property or in {@code junit-platform.properties} to keep the agent from
     * attaching at all; set only as a build-tool configuration parameter it still disables checks
     * and the report, but arrives after the agent may have attached.
     */
    public static final String ENABLED = "invariants.enabled";

    /** Where the report files go, relative to the working directory. Default {@value #REPORT_DIR_DEFAULT}. */
    public static final String REPORT_DIR = "invariants.report.dir";

    /** The default of {@link #REPORT_DIR}. */
    public static final String REPORT_DIR_DEFAULT = "target/invariants";

    /**
     * {@code guard} (default): a call whose {@code pre} is false is recorded as "pre failed" and
     * proceeds. {@code enforce}: such a call is a violation.
     */
    public static final String PRECONDITIONS = "invariants.preconditions";

    /**
     * {@code true} or {@code false} (default): whether each call of a method or constructor invariant records the
     * classes of its parameters, for the pairwise coverage of the report ({@code combinations}, the
     * {@code untried-combination} signal; docs/signals.md). Off by default until its cost on the call path is
     * shown to fit the per-call budget (docs/benchmarks.md).
     */
    public static final String COMBINATIONS = "invariants.combinations";

    /**
     * A fraction from 0 to 1. When set, a run whose invariant coverage is below it fails at the end, naming the
     * unchecked invariants. The gate counts an invariant checked or violated by a written test (not only by
     * generated tests, {@link #GATE_COUNT_GENERATED}, nor only in class set-up, {@link #GATE_COUNT_OUTSIDE_TESTS})
     * and none of whose violations was swallowed ({@link #VIOLATIONS_SWALLOWED}). Unset by default.
     */
    public static final String GATE_MIN_COVERAGE = "invariants.gate.min-coverage";

    /**
     * An earlier build's {@code invariants.json} (committed, or downloaded from the main branch's build), relative to
     * the working directory. When set, the gate is also a ratchet: the run fails when it regressed against that
     * report — an invariant the baseline did not declare that no test checks, one the baseline's tests checked that
     * this run's do not, a new vacuous test — and only then; the console prints the delta. A file that is missing or
     * is not a report fails the run, naming the path. Unset by default. See docs/adopting.md.
     */
    public static final String GATE_BASELINE = "invariants.gate.baseline";

    /**
     * Whether the gate ({@link #GATE_MIN_COVERAGE}, {@link #GATE_BASELINE}) judges a partial run: {@value #GATE_PARTIAL_RUNS_DEFAULT} (default) or
     * {@code apply}. A run is partial when it selects a method, a unique id or another part finer than a class,
     * when a build tool's name filter selects its tests ({@code mvn test -Dtest=...}, Gradle's {@code --tests}),
     * or when it names classes outside a build tool (an IDE, the console launcher's {@code --select-class});
     * class-path roots, packages, modules and the classes Surefire or Gradle found are the whole suite.
     * A skipped gate says so: {@code partial run: N of M invariants in scope}.
     */
    public static final String GATE_PARTIAL_RUNS = "invariants.gate.partial-runs";

    /** The default of {@link #GATE_PARTIAL_RUNS}: a partial run is reported, not gated. */
    public static final String GATE_PARTIAL_RUNS_DEFAULT = "skip";

    /**
     * Whether {@link #GATE_MIN_COVERAGE} counts checks made by property tests generated from the invariants
     * ({@code invariants-property}, its zero-code mode {@code invariants.property.auto=true} included).
     * {@code false} (default): only written tests' checks count, so generated tests cannot lift the coverage of a
     * suite that checks little; an invariant only generated tests checked is listed apart in the gate's message.
     * {@code true} counts them too. The report shows both either way ({@code checkedBy}).
     */
    public static final String GATE_COUNT_GENERATED = "invariants.gate.count-generated";

    /**
     * Whether {@link #GATE_MIN_COVERAGE} counts checks made outside test methods: in a container's set-up
     * ({@code @BeforeAll}, a static initialiser run there, a framework context a class-level extension starts).
     * {@code false} (default): an invariant only such code checked counts as not covered, and the gate's message
     * lists it apart; {@code true} counts it. The report lists these checks apart either way.
     */
    public static final String GATE_COUNT_OUTSIDE_TESTS = "invariants.gate.count-outside-tests";

    /**
     * What a violation the code under test swallowed does to the run: {@value #VIOLATIONS_SWALLOWED_DEFAULT}
     * (default) or {@code warn}. A violation is swallowed when the test (or the container's set-up) it happened in
     * still passed, or when no single test could be credited with it: a server thread turned it into an HTTP 500,
     * a {@code catch (Exception)} or a future nobody joined caught it. {@code fail} fails the run when the session
     * closes, naming each invariant, the test and the values; {@code warn} prints the same as a warning. Either way
     * the console summary and the page list them first. An invalid value fails the run.
     */
    public static final String VIOLATIONS_SWALLOWED = "invariants.violations.swallowed";

    /** The default of {@link #VIOLATIONS_SWALLOWED}: a swallowed violation fails the run. */
    public static final String VIOLATIONS_SWALLOWED_DEFAULT = "fail";

    /**
     * Packages whose {@code @Invariant}s form the declared set of the report, comma-separated
     * ({@code com.acme.payments, com.acme.fees}). When set, these packages are scanned in every
     * classpath entry: directories (test output included) and jars. Unset by default: every package
     * of the classpath directories that are not test output ({@code target/classes},
     * {@code build/classes/java/main}, ...), which is the module under test.
     */
    public static final String SCAN_PACKAGES = "invariants.scan.packages";

    /**
     * Jar files whose {@code @Invariant}s join the declared set, as comma-separated file-name globs
     * ({@code payments-core-*.jar}). Use it when the code under test comes from another module's jar.
     * Unset by default: no jar is scanned unless {@link #SCAN_PACKAGES} is set.
     */
    public static final String SCAN_JARS = "invariants.scan.jars";

    /**
     * The project's own assertion methods, counted as assertions like JUnit's and AssertJ's (a test that
     * calls only them is not vacuous), comma-separated: a binary class name for every public method of
     * the class ({@code com.acme.testing.OrderAssertions}), or {@code Class#method} for the methods of that
     * name ({@code com.acme.testing.Checks#verifyTotals}). Unset by default. An invalid entry fails the run,
     * naming the key and the value: a mistyped one would leave those tests flagged vacuous.
     */
    public static final String ASSERTION_METHODS = "invariants.assertions.methods";

    /**
     * How many unchecked invariants, and how many tests of each flagged kind (vacuous, not-null-only,
     * unverified claims), the console summary lists at the end of a run; the rest are counted ("and 12 more
     * in index.html"), and the report lists them all; the session gate's failure names as many of each of its
     * lists. Violated and broken invariants are always listed in full. A whole number, 0 or more. Default {@value #REPORT_CONSOLE_LIMIT_DEFAULT}.
     */
    public static final String REPORT_CONSOLE_LIMIT = "invariants.report.console.limit";

    /** The default of {@link #REPORT_CONSOLE_LIMIT}. */
    public static final int REPORT_CONSOLE_LIMIT_DEFAULT = 10;

    /**
     * Whether this JVM writes its part of the report and prints the summary: {@code true} (default) or
     * {@code false}. With {@code false} every invariant is still checked and a violation still fails its test, but
     * nothing is written or printed when the session closes or the JVM exits, and no gate is applied. For JVMs whose
     * runs are not the suite's, such as PIT's minions running tests against mutants (invariants-pitest sets it).
     */
    public static final String REPORT_WRITE = "invariants.report.write";

    /**
     * Which build this JVM's report part belongs to. Parts of other builds found in the report
     * directory are not merged. Default: derived from the process that started the test JVM (see
     * {@code docs/report-format.md}); set it when that process outlives a build, e.g. a Gradle daemon.
     */
    public static final String REPORT_BUILD_ID = "invariants.report.build-id";

    // The property engine's keys moved to invariants-property's PropertyConfiguration (the strings are
    // unchanged); these aliases keep code that named them compiling for one release.

    /** @deprecated use {@code dev.invariants.property.PropertyConfiguration.PROPERTY_TRIES}; same key. */
    @Deprecated(forRemoval = true)
    public static final String PROPERTY_TRIES = "invariants.property.tries";

    /** @deprecated use {@code dev.invariants.property.PropertyConfiguration.PROPERTY_SEED}; same key. */
    @Deprecated(forRemoval = true)
    public static final String PROPERTY_SEED = "invariants.property.seed";

    /** @deprecated use {@code dev.invariants.property.PropertyConfiguration.PROPERTY_EXAMPLES_DIR}; same key. */
    @Deprecated(forRemoval = true)
    public static final String PROPERTY_EXAMPLES_DIR = "invariants.property.examples.dir";

    /** @deprecated use {@code dev.invariants.property.PropertyConfiguration.PROPERTY_AUTO}; same key. */
    @Deprecated(forRemoval = true)
    public static final String PROPERTY_AUTO = "invariants.property.auto";

    private InvariantsConfiguration() {}
}
