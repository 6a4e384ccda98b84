package dev.invariants.junit.internal.config;

import dev.invariants.junit.InvariantsConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to the configuration keys of {@link InvariantsConfiguration}. An invalid value is
 * reported once through {@link Warnings} and the default is used, except for the keys that ask for a
 * check ({@link #refusals()}): a mistyped one would switch that check off, so it fails the run instead.
 */
public final class Settings {

    private final Function<String, Optional<String>> source;

    private Settings(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /** Settings over any source of raw values, e.g. a discovery request's configuration parameters. */
    public static Settings from(Function<String, Optional<String>> source) {
        return new Settings(key -> source.apply(key).map(String::strip));
    }

    /**
     * What is known before any discovery request exists: system properties, then
     * {@code junit-platform.properties} on the classpath, the same precedence the JUnit Platform uses.
     */
    public static Settings early(ClassLoader loader) {
        Properties file = new Properties();
        try (InputStream in = loader.getResourceAsStream("junit-platform.properties")) {
            if (in != null) {
                file.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read junit-platform.properties", e);
        }
        return from(key -> Optional.ofNullable(System.getProperty(key)).or(() -> Optional.ofNullable(file.getProperty(key))));
    }

    public boolean enabled() {
        return bool(InvariantsConfiguration.ENABLED, true);
    }

    public Path reportDir() {
        return source.apply(InvariantsConfiguration.REPORT_DIR).filter(v -> !v.isEmpty())
                .map(Path::of).orElse(Path.of(InvariantsConfiguration.REPORT_DIR_DEFAULT));
    }

    /** The packages to scan; empty means every package of the non-test class directories. */
    public List<String> scanPackages() {
        return list(InvariantsConfiguration.SCAN_PACKAGES);
    }

    /** File-name globs of the jars to scan. */
    public List<String> scanJars() {
        return list(InvariantsConfiguration.SCAN_JARS);
    }

    /** The explicit build id, if one is configured. */
    public Optional<String> reportBuildId() {
        return source.apply(InvariantsConfiguration.REPORT_BUILD_ID).filter(v -> !v.isEmpty());
    }

    /**
     * Whether a false {@code pre} is a violation. An invalid value checks as {@code guard} (the tests must
     * run in some mode), warns now and is one of the {@link #refusals()} that fail the run at its end.
     */
    public boolean enforcePreconditions() {
        Optional<String> raw = source.apply(InvariantsConfiguration.PRECONDITIONS);
        if (raw.isEmpty() || raw.get().isEmpty()) {
            return false;
        }
        String value = raw.get().toLowerCase(Locale.ROOT);
        if (!value.equals("enforce") && !value.equals("guard")) {
            Warnings.warn(preconditionsRefusal(raw.get()));
        }
        return value.equals("enforce");
    }

    /** {@code invariants.combinations}: whether calls record the classes of their parameters (default off). */
    public boolean combinations() {
        return bool(InvariantsConfiguration.COMBINATIONS, false);
    }

    /**
     * {@code invariants.assertions.methods}: binary class name to method names (empty: every public method),
     * the valid entries only; the invalid ones are among the {@link #refusals()}.
     */
    public java.util.Map<String, Set<String>> assertionMethods() {
        java.util.Map<String, Set<String>> result = new java.util.LinkedHashMap<>();
        List<String> valid = list(InvariantsConfiguration.ASSERTION_METHODS).stream()
                .filter(v -> ASSERTION_METHOD.matcher(v).matches()).toList();
        valid.stream().filter(v -> v.indexOf('#') < 0).forEach(type -> result.put(type, Set.of()));
        for (String entry : valid) {
            int hash = entry.indexOf('#');
            String type = hash < 0 ? entry : entry.substring(0, hash);
            if (hash > 0 && !Set.of().equals(result.get(type))) {
                result.computeIfAbsent(type, t -> new java.util.LinkedHashSet<>()).add(entry.substring(hash + 1));
            }
        }
        return result;
    }

    private static final String IDENTIFIER = "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*";

    /** {@code com.acme.Checks} or {@code com.acme.Checks#verifyTotals} ({@code $} for nested classes). */
    private static final java.util.regex.Pattern ASSERTION_METHOD = java.util.regex.Pattern.compile(
            IDENTIFIER + "(\\." + IDENTIFIER + ")*(#" + IDENTIFIER + ")?");

    /** The session gate's minimum coverage; empty when unset or invalid (an invalid one is in {@link #refusals()}). */
    public OptionalDouble gateMinCoverage() {
        Optional<String> raw = source.apply(InvariantsConfiguration.GATE_MIN_COVERAGE);
        if (raw.isEmpty() || raw.get().isEmpty()) {
            return OptionalDouble.empty();
        }
        return fraction(raw.get());
    }

    /** The session gate's baseline report file, as configured (relative to the working directory); empty when unset. */
    public Optional<Path> gateBaseline() {
        return source.apply(InvariantsConfiguration.GATE_BASELINE).filter(v -> !v.isEmpty()).map(Path::of);
    }

    /**
     * One message per key that asks for a check and holds an invalid value ({@code invariants.gate.min-coverage},
     * {@code invariants.preconditions}, {@code invariants.gate.partial-runs}): the run fails with them rather than
     * pass without that check.
     */
    public List<String> refusals() {
        List<String> refusals = new ArrayList<>();
        source.apply(InvariantsConfiguration.GATE_MIN_COVERAGE).filter(v -> !v.isEmpty())
                .filter(v -> fraction(v).isEmpty())
                .ifPresent(v -> refusals.add(refused(InvariantsConfiguration.GATE_MIN_COVERAGE, v,
                        "a fraction from 0 to 1 (0.8 for 80%)", "the gate")));
        source.apply(InvariantsConfiguration.PRECONDITIONS).filter(v -> !v.isEmpty())
                .filter(v -> !Set.of("guard", "enforce").contains(v.toLowerCase(Locale.ROOT)))
                .ifPresent(v -> refusals.add(preconditionsRefusal(v)));
        // a mistyped `apply` would leave partial runs ungated although the user asked for their gate
        source.apply(InvariantsConfiguration.GATE_PARTIAL_RUNS).filter(v -> !v.isEmpty())
                .filter(v -> !Set.of("skip", "apply").contains(v.toLowerCase(Locale.ROOT)))
                .ifPresent(v -> refusals.add(refused(InvariantsConfiguration.GATE_PARTIAL_RUNS, v, "`skip` or `apply`",
                        "the gate of partial runs")));
        // a mistyped `warn` must not leave the check on, nor a mistyped `fail` switch it off: neither is guessed
        source.apply(InvariantsConfiguration.VIOLATIONS_SWALLOWED).filter(v -> !v.isEmpty())
                .filter(v -> !Set.of("fail", "warn").contains(v.toLowerCase(Locale.ROOT)))
                .ifPresent(v -> refusals.add(refused(InvariantsConfiguration.VIOLATIONS_SWALLOWED, v, "`fail` or `warn`",
                        "the check of swallowed violations")));
        // a mistyped entry would leave the tests that use it flagged vacuous
        List<String> invalid = list(InvariantsConfiguration.ASSERTION_METHODS).stream()
                .filter(v -> !ASSERTION_METHOD.matcher(v).matches()).toList();
        if (!invalid.isEmpty()) {
            refusals.add(refused(InvariantsConfiguration.ASSERTION_METHODS, String.join(", ", invalid),
                    "comma-separated binary class names, each optionally followed by #method"
                            + " (com.acme.testing.OrderAssertions, com.acme.testing.Checks#verifyTotals)",
                    "counting those assertions"));
        }
        return refusals;
    }

    /**
     * Whether a violation the code under test swallowed fails the run ({@code invariants.violations.swallowed},
     * default {@code fail}); an invalid value fails too, and is one of the {@link #refusals()}.
     */
    public boolean failOnSwallowedViolations() {
        Optional<String> raw = source.apply(InvariantsConfiguration.VIOLATIONS_SWALLOWED);
        return raw.isEmpty() || !raw.get().equalsIgnoreCase("warn");
    }

    private static String preconditionsRefusal(String value) {
        return refused(InvariantsConfiguration.PRECONDITIONS, value, "`guard` or `enforce`",
                "the check it asks for (the tests run with `guard`)");
    }

    private static OptionalDouble fraction(String raw) {
        try {
            double value = Double.parseDouble(raw);
            if (value >= 0 && value <= 1) {
                return OptionalDouble.of(value);
            }
        } catch (NumberFormatException ignored) {
            // not a number: refused
        }
        return OptionalDouble.empty();
    }

    /** Whether the session writes and prints a report ({@code invariants.report.write}, default true). */
    public boolean reportWrite() {
        return bool(InvariantsConfiguration.REPORT_WRITE, true);
    }

    /** How many unchecked invariants and flagged tests of each kind the console lists. */
    public int consoleLimit() {
        String key = InvariantsConfiguration.REPORT_CONSOLE_LIMIT;
        int fallback = InvariantsConfiguration.REPORT_CONSOLE_LIMIT_DEFAULT;
        Optional<String> raw = source.apply(key);
        if (raw.isEmpty() || raw.get().isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get().strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        invalid(key, raw.get(), "a whole number, 0 or more", Integer.toString(fallback));
        return fallback;
    }

    /** Whether the gate judges partial runs too ({@code invariants.gate.partial-runs=apply}). */
    public boolean gatePartialRuns() {
        Optional<String> raw = source.apply(InvariantsConfiguration.GATE_PARTIAL_RUNS);
        if (raw.isEmpty() || raw.get().isEmpty()) {
            return false;
        }
        String value = raw.get().toLowerCase(Locale.ROOT);
        if (value.equals("apply")) {
            return true;
        }
        // anything else is one of the refusals(): the run fails at its end
        return false;
    }

    /** Whether the gate counts checks made by generated property tests ({@code invariants.gate.count-generated}). */
    public boolean gateCountGenerated() {
        return bool(InvariantsConfiguration.GATE_COUNT_GENERATED, false);
    }

    /** Whether the gate counts checks made outside test methods ({@code invariants.gate.count-outside-tests}). */
    public boolean gateCountOutsideTests() {
        return bool(InvariantsConfiguration.GATE_COUNT_OUTSIDE_TESTS, false);
    }

    /** A raw value for keys owned elsewhere (property engine, scanner options). */
    public Optional<String> raw(String key) {
        return source.apply(key);
    }

    private List<String> list(String key) {
        return source.apply(key).stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private boolean bool(String key, boolean defaultValue) {
        Optional<String> raw = source.apply(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        String value = raw.get().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        invalid(key, raw.get(), "`true` or `false`", Boolean.toString(defaultValue));
        return defaultValue;
    }

    private static void invalid(String key, String value, String expected, String fallback) {
        Warnings.warn("invalid value [" + value + "] for configuration key [" + key + "]: expected " + expected
                + "; using " + fallback + ".");
    }

    /** The message for an invalid value of a key that asks for a check: the run fails rather than go without it. */
    static String refused(String key, String value, String expected, String check) {
        return "invalid value [" + value + "] for configuration key [" + key + "]: expected " + expected
                + "; the run fails rather than run without " + check + ".";
    }
}
