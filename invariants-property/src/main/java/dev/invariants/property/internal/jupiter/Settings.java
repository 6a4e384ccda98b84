package dev.invariants.property.internal.jupiter;

import dev.invariants.property.PropertyConfiguration;
import dev.invariants.property.spi.InvariantOracle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Reads the configuration keys: what the builder set, else the run's configuration parameters
 * (through the oracle), else system properties, else {@code junit-platform.properties}.
 */
public final class Settings {
    private final InvariantOracle oracle;
    private final Consumer<String> warnings;
    private Properties file;

    public Settings(InvariantOracle oracle, Consumer<String> warnings) {
        this.oracle = oracle;
        this.warnings = warnings;
    }

    public int tries(Integer explicit) {
        if (explicit != null) {
            return explicit;
        }
        return value(PropertyConfiguration.TRIES_PROPERTY_NAME).map(text -> {
            try {
                int tries = Integer.parseInt(text.trim());
                if (tries > 0) {
                    return tries;
                }
            } catch (NumberFormatException invalid) {
                // warned below
            }
            warnings.accept(Messages.invalidValue(PropertyConfiguration.TRIES_PROPERTY_NAME, text,
                    String.valueOf(PropertyConfiguration.DEFAULT_TRIES)));
            return PropertyConfiguration.DEFAULT_TRIES;
        }).orElse(PropertyConfiguration.DEFAULT_TRIES);
    }

    public long seed(Long explicit) {
        if (explicit != null) {
            return explicit;
        }
        return value(PropertyConfiguration.SEED_PROPERTY_NAME).map(text -> {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException invalid) {
                warnings.accept(Messages.invalidValue(PropertyConfiguration.SEED_PROPERTY_NAME, text, "a random seed"));
                return randomSeed();
            }
        }).orElseGet(Settings::randomSeed);
    }

    public Path examples(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        return Path.of(value(PropertyConfiguration.EXAMPLES_DIR_PROPERTY_NAME).orElse(PropertyConfiguration.DEFAULT_EXAMPLES_DIR));
    }

    private Optional<String> value(String key) {
        Optional<String> configured = oracle == null ? Optional.empty() : oracle.configurationParameter(key);
        if (configured.isPresent()) {
            return configured;
        }
        String system = System.getProperty(key);
        if (system != null) {
            return Optional.of(system);
        }
        return Optional.ofNullable(file().getProperty(key));
    }

    private Properties file() {
        if (file == null) {
            file = new Properties();
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try (InputStream in = loader == null ? null : loader.getResourceAsStream("junit-platform.properties")) {
                if (in != null) {
                    file.load(in);
                }
            } catch (IOException unreadable) {
                warnings.accept("invariants-property could not read junit-platform.properties: " + unreadable.getMessage());
            }
        }
        return file;
    }

    private static long randomSeed() {
        return new SecureRandom().nextLong();
    }
}
