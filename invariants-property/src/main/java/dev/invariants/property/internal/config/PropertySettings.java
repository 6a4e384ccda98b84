package dev.invariants.property.internal.config;

import dev.invariants.property.PropertyConfiguration;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Typed access to the keys of {@link PropertyConfiguration}. An invalid value is reported through the
 * warnings given (the runtime's, so each is printed once with its prefix) and the default is used.
 */
public final class PropertySettings {

    private final Function<String, Optional<String>> source;
    private final Consumer<String> warnings;

    private PropertySettings(Function<String, Optional<String>> source, Consumer<String> warnings) {
        this.source = source;
        this.warnings = warnings;
    }

    /** Settings over any source of raw values, e.g. a discovery request's configuration parameters. */
    public static PropertySettings from(Function<String, Optional<String>> source, Consumer<String> warnings) {
        return new PropertySettings(key -> source.apply(key).map(String::strip), warnings);
    }

    public OptionalLong tries() {
        OptionalLong tries = longValue(PropertyConfiguration.PROPERTY_TRIES, "a positive whole number", "the engine's default");
        if (tries.isPresent() && tries.getAsLong() <= 0) {
            invalid(PropertyConfiguration.PROPERTY_TRIES, Long.toString(tries.getAsLong()), "a positive whole number",
                    "the engine's default");
            return OptionalLong.empty();
        }
        return tries;
    }

    public OptionalLong seed() {
        return longValue(PropertyConfiguration.PROPERTY_SEED, "a whole number (a long)", "a random seed");
    }

    /** Whether the zero-code engine runs generated tests for every class with invariants. */
    public boolean auto() {
        String key = PropertyConfiguration.PROPERTY_AUTO;
        Optional<String> raw = source.apply(key);
        if (raw.isEmpty()) {
            return PropertyConfiguration.PROPERTY_AUTO_DEFAULT;
        }
        String value = raw.get().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        invalid(key, raw.get(), "`true` or `false`", Boolean.toString(PropertyConfiguration.PROPERTY_AUTO_DEFAULT));
        return PropertyConfiguration.PROPERTY_AUTO_DEFAULT;
    }

    /** The share of out-of-contract calls in generated call sequences. */
    public double outsidePre() {
        String key = PropertyConfiguration.PROPERTY_OUTSIDE_PRE;
        double fallback = PropertyConfiguration.PROPERTY_OUTSIDE_PRE_DEFAULT;
        Optional<String> raw = source.apply(key);
        if (raw.isEmpty() || raw.get().isEmpty()) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(raw.get());
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        invalid(key, raw.get(), "a fraction from 0 to 1", Double.toString(fallback));
        return fallback;
    }

    /** Where generated tests remember failing examples. */
    public Path examplesDir() {
        return source.apply(PropertyConfiguration.PROPERTY_EXAMPLES_DIR).filter(v -> !v.isEmpty()).map(Path::of)
                .orElse(Path.of(PropertyConfiguration.PROPERTY_EXAMPLES_DIR_DEFAULT));
    }

    /** How long one try may run. */
    public Duration deadline() {
        return duration(PropertyConfiguration.PROPERTY_DEADLINE, PropertyConfiguration.PROPERTY_DEADLINE_DEFAULT);
    }

    /** How long one property may run. */
    public Duration timeBudget() {
        return duration(PropertyConfiguration.PROPERTY_TIME_BUDGET, PropertyConfiguration.PROPERTY_TIME_BUDGET_DEFAULT);
    }

    /**
     * Why the call sequences of {@code type} are left out (the key that says so), or empty when they are generated.
     */
    public Optional<String> sequencesLeftOut(Class<?> type) {
        String key = PropertyConfiguration.PROPERTY_SEQUENCES;
        Optional<String> raw = source.apply(key).filter(v -> !v.isEmpty());
        if (raw.isPresent()) {
            String value = raw.get().toLowerCase(Locale.ROOT);
            if (value.equals("false")) {
                return Optional.of(key + "=false");
            }
            if (!value.equals("true")) {
                invalid(key, raw.get(), "`true` or `false`", Boolean.toString(PropertyConfiguration.PROPERTY_SEQUENCES_DEFAULT));
            }
        }
        String skip = PropertyConfiguration.PROPERTY_SEQUENCES_SKIP;
        for (String entry : source.apply(skip).orElse("").split(",")) {
            String name = entry.strip();
            boolean matches = name.endsWith(".*")
                    ? type.getName().startsWith(name.substring(0, name.length() - 1))
                    : !name.isEmpty() && (type.getName().equals(name) || type.getName().equals(name.replace('.', '$')));
            if (matches) {
                return Optional.of(skip + " (" + name + ")");
            }
        }
        return Optional.empty();
    }

    private Duration duration(String key, String fallback) {
        Optional<String> raw = source.apply(key).filter(v -> !v.isEmpty());
        if (raw.isPresent()) {
            Duration parsed = parseDuration(raw.get());
            if (parsed != null) {
                return parsed;
            }
            invalid(key, raw.get(), "a positive duration (milliseconds, or with the unit ms or s: 500ms, 2s)", fallback);
        }
        return parseDuration(fallback);
    }

    private static Duration parseDuration(String text) {
        String value = text.toLowerCase(Locale.ROOT).strip();
        long factor = 1;
        if (value.endsWith("ms")) {
            value = value.substring(0, value.length() - 2).strip();
        } else if (value.endsWith("s")) {
            value = value.substring(0, value.length() - 1).strip();
            factor = 1000;
        }
        try {
            long amount = Long.parseLong(value);
            return amount > 0 && amount <= Long.MAX_VALUE / 1_000_000 / factor ? Duration.ofMillis(amount * factor) : null;
        } catch (NumberFormatException e) {
            return null;
        }
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

    private void invalid(String key, String value, String expected, String fallback) {
        warnings.accept("invalid value [" + value + "] for configuration key [" + key + "]: expected " + expected
                + "; using " + fallback + ".");
    }
}
