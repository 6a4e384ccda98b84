package dev.invariants.property.internal.config;

import dev.invariants.property.PropertyConfiguration;
import java.nio.file.Path;
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
