package dev.invariants.property.internal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Failing examples remembered between runs, one file per property holding the shrunk choices.
 * A file that cannot be read is ignored (and replaced): a broken cache must never fail a test.
 */
public final class ExampleStore {
    private final Path directory;

    public ExampleStore(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    public Optional<long[]> load(String key) {
        Path file = file(key);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String data = lines.size() > 1 ? lines.get(1).trim() : "";
            if (data.isEmpty()) {
                return Optional.of(new long[0]);
            }
            return Optional.of(Arrays.stream(data.split(",")).mapToLong(Long::parseLong).toArray());
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    public void save(String key, long[] choices) {
        StringBuilder text = new StringBuilder("# ").append(key).append('\n');
        for (int i = 0; i < choices.length; i++) {
            text.append(i == 0 ? "" : ",").append(choices[i]);
        }
        text.append('\n');
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "example", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, file(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("could not remember the failing example in [" + directory + "]", failed);
        }
    }

    public void forget(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException ignored) {
            // the example is replayed once more next run and forgotten then
        }
    }

    Path file(String key) {
        String readable = key.replaceAll("[^A-Za-z0-9._-]", "_");
        if (readable.length() > 80) {
            readable = readable.substring(0, 80);
        }
        return directory.resolve(readable + "-" + Integer.toHexString(key.hashCode()) + ".choices");
    }
}
