package dev.invariants.junit.internal.config;

import dev.invariants.junit.InvariantsConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.function.Function;

/**
 * Typed access to the configuration keys of {@link InvariantsConfiguration}. An invalid value is
 * reported once through {@link Warnings} and the default is used.
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

    public boolean enforcePreconditions() {
        Optional<String> raw = source.apply(InvariantsConfiguration.PRECONDITIONS);
        if (raw.isEmpty()) {
            return false;
        }
        String value = raw.get().toLowerCase(Locale.ROOT);
        if (value.equals("enforce")) {
            return true;
        }
        if (!value.equals("guard")) {
            invalid(InvariantsConfiguration.PRECONDITIONS, raw.get(), "`guard` or `enforce`", "guard");
        }
        return false;
    }

    public OptionalDouble gateMinCoverage() {
        Optional<String> raw = source.apply(InvariantsConfiguration.GATE_MIN_COVERAGE);
        if (raw.isEmpty() || raw.get().isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(raw.get());
            if (value >= 0 && value <= 1) {
                return OptionalDouble.of(value);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        invalid(InvariantsConfiguration.GATE_MIN_COVERAGE, raw.get(), "a fraction from 0 to 1", "unset, no gate");
        return OptionalDouble.empty();
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
        if (!value.equals(InvariantsConfiguration.GATE_PARTIAL_RUNS_DEFAULT)) {
            invalid(InvariantsConfiguration.GATE_PARTIAL_RUNS, raw.get(), "`skip` or `apply`", "skip");
        }
        return false;
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

    private OptionalLong longValue(String key, String expected, String fallback) {
        Optional<String> raw = source.apply(key);
        if (raw.isEmpty() || raw.get().isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(raw.get()));
        } catch (NumberFormatException e) {
            invalid(key, raw.get(), expected, fallback);
            return OptionalLong.empty();
        }
    }

    private static void invalid(String key, String value, String expected, String fallback) {
        Warnings.warn("invalid value [" + value + "] for configuration key [" + key + "]: expected " + expected
                + "; using " + fallback + ".");
    }
}
