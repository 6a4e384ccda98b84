package dev.invariants.property;

import dev.invariants.property.internal.jupiter.Generation;
import dev.invariants.property.spi.Generator;
import dev.invariants.property.spi.GeneratorProvider;
import dev.invariants.property.spi.InvariantOracle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

/**
 * Generated property tests for the invariants of one class, as JUnit Jupiter dynamic tests: one test
 * per invariant. A method or constructor invariant is tried with generated receivers and arguments
 * inside its {@code pre}; a type invariant with generated sequences of public calls. A failure shows
 * the shrunk counterexample and the seed that replays it.
 *
 * <pre>{@code
 * class PaymentPropertyTests {
 *     @TestFactory
 *     Stream<DynamicNode> invariants() {
 *         return InvariantProperties.of(Payment.class);
 *     }
 *
 *     // found by the engine for any parameter or field of type Money
 *     static Generator<Money> money() {
 *         return source -> Money.ofCents(source.choose(1_000_000));
 *     }
 * }
 * }</pre>
 *
 * <p>Static methods without parameters returning {@code Generator<T>} in the class that calls
 * {@link #of(Class)} or {@link #forClass(Class)} supply values of {@code T}; so do
 * {@link #providers(Class...)}, {@link #generator(Class, Generator)} and service-loaded
 * {@link GeneratorProvider}s.
 */
public final class InvariantProperties {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private final Class<?> target;
    private final List<Class<?>> providerHolders = new ArrayList<>();
    private final Map<Class<?>, Generator<?>> generators = new LinkedHashMap<>();
    private InvariantOracle oracle;
    private Integer tries;
    private Long seed;
    private Path examples;
    private Boolean sequences;

    private InvariantProperties(Class<?> target, Class<?> caller) {
        this.target = Objects.requireNonNull(target, "target");
        providerHolders.add(caller);
    }

    /**
     * The generated tests for {@code target} with the default configuration.
     *
     * @param target the class whose invariants are tested
     * @return one dynamic test per invariant
     */
    public static Stream<DynamicNode> of(Class<?> target) {
        return new InvariantProperties(target, WALKER.getCallerClass()).dynamicTests();
    }

    /**
     * Starts configuring the generated tests for {@code target}; finish with {@link #dynamicTests()}.
     *
     * @param target the class whose invariants are tested
     * @return the configuration
     */
    public static InvariantProperties forClass(Class<?> target) {
        return new InvariantProperties(target, WALKER.getCallerClass());
    }

    /**
     * Sets the number of valid inputs per invariant, overriding {@value PropertyConfiguration#PROPERTY_TRIES}.
     *
     * @param count a positive number
     * @return this configuration
     */
    public InvariantProperties tries(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("tries must be at least 1 but was [" + count + "]");
        }
        this.tries = count;
        return this;
    }

    /**
     * Fixes the seed, overriding {@value PropertyConfiguration#PROPERTY_SEED}.
     *
     * @param value the seed printed by an earlier failure
     * @return this configuration
     */
    public InvariantProperties seed(long value) {
        this.seed = value;
        return this;
    }

    /**
     * Uses {@code generator} for every value of exactly {@code type}.
     *
     * @param type the type
     * @param generator its generator
     * @param <T> the type
     * @return this configuration
     */
    public <T> InvariantProperties generator(Class<T> type, Generator<? extends T> generator) {
        generators.put(type, generator);
        return this;
    }

    /**
     * Adds classes whose static methods without parameters returning {@code Generator<T>} supply values of {@code T}.
     *
     * @param holders the classes
     * @return this configuration
     */
    public InvariantProperties providers(Class<?>... holders) {
        providerHolders.addAll(List.of(holders));
        return this;
    }

    /**
     * Uses {@code oracle} instead of the invariants runtime. For tools and for testing the engine;
     * users never need it.
     *
     * @param value the oracle
     * @return this configuration
     */
    public InvariantProperties oracle(InvariantOracle value) {
        this.oracle = Objects.requireNonNull(value, "oracle");
        return this;
    }

    /**
     * Sets where failing examples are remembered, overriding {@value PropertyConfiguration#PROPERTY_EXAMPLES_DIR}.
     *
     * @param directory the directory
     * @return this configuration
     */
    public InvariantProperties examples(Path directory) {
        this.examples = Objects.requireNonNull(directory, "directory");
        return this;
    }

    /**
     * Leaves the call sequences of the target class out ({@code false}) or keeps them whatever
     * {@value PropertyConfiguration#PROPERTY_SEQUENCES} and {@value PropertyConfiguration#PROPERTY_SEQUENCES_SKIP}
     * say ({@code true}). Left out, each type invariant's test is reported skipped, saying why.
     *
     * @param generate whether type invariants are tested with generated call sequences
     * @return this configuration
     */
    public InvariantProperties sequences(boolean generate) {
        this.sequences = generate;
        return this;
    }

    /**
     * The generated tests: one per invariant declared by the target class.
     *
     * @return the dynamic tests, to return from a {@code @TestFactory} method
     */
    public Stream<DynamicNode> dynamicTests() {
        return Generation.of(target, providerHolders, generators, oracle, tries, seed, examples, sequences).nodes();
    }
}
