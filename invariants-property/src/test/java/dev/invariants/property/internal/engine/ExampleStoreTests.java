package dev.invariants.property.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failing examples kept between runs: what is saved is what is loaded, and a broken file never fails a test. */
class ExampleStoreTests {

    @Test
    @DisplayName("should load what it saved, an empty example and negative choices included")
    void roundTrip(@TempDir Path directory) {
        ExampleStore store = new ExampleStore(directory.resolve("not-yet-there"));

        store.save("a", new long[] {3, -1, Long.MAX_VALUE});
        store.save("empty", new long[0]);

        assertThat(store.load("a")).hasValueSatisfying(choices -> assertThat(choices).containsExactly(3, -1, Long.MAX_VALUE));
        assertThat(store.load("empty")).hasValueSatisfying(choices -> assertThat(choices).isEmpty());
        assertThat(store.load("never saved")).isEmpty();
    }

    @Test
    @DisplayName("should replace an example saved again, and forget one")
    void replaceAndForget(@TempDir Path directory) {
        ExampleStore store = new ExampleStore(directory);

        store.save("k", new long[] {1});
        store.save("k", new long[] {2, 2});
        assertThat(store.load("k")).hasValueSatisfying(choices -> assertThat(choices).containsExactly(2, 2));

        store.forget("k");
        store.forget("k");
        assertThat(store.load("k")).isEmpty();
        assertThat(directory.toFile().list()).isEmpty();
    }

    @Test
    @DisplayName("should ignore a file it cannot read, and write over it next time")
    void brokenFile(@TempDir Path directory) throws IOException {
        ExampleStore store = new ExampleStore(directory);
        Files.writeString(store.file("k"), "# k\n1,two,3\n", StandardCharsets.UTF_8);

        assertThat(store.load("k")).isEmpty();
        store.save("k", new long[] {4});
        assertThat(store.load("k")).hasValueSatisfying(choices -> assertThat(choices).containsExactly(4));
    }

    @Test
    @DisplayName("should keep keys apart that read the same once made file-safe, and cut long names")
    void fileNames(@TempDir Path directory) {
        ExampleStore store = new ExampleStore(directory);
        String longKey = "dev.invariants.Something#method(" + "x".repeat(200) + ")";

        store.save("Account#withdraw(long)", new long[] {1});
        store.save("Account#withdraw[long]", new long[] {2});
        store.save(longKey, new long[] {3});

        assertThat(store.load("Account#withdraw(long)")).hasValueSatisfying(c -> assertThat(c).containsExactly(1));
        assertThat(store.load("Account#withdraw[long]")).hasValueSatisfying(c -> assertThat(c).containsExactly(2));
        assertThat(store.file("Account#withdraw(long)").getFileName().toString()).startsWith("Account_withdraw_long_-");
        assertThat(store.file(longKey).getFileName().toString()).hasSizeLessThan(100).endsWith(".choices");
        assertThat(store.load(longKey)).hasValueSatisfying(c -> assertThat(c).containsExactly(3));
    }

    @Test
    @DisplayName("should say where it could not remember an example")
    void unwritable(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("a-file"), "not a directory");
        ExampleStore store = new ExampleStore(file);

        assertThatThrownBy(() -> store.save("k", new long[] {1})).isInstanceOf(UncheckedIOException.class)
                .hasMessage("could not remember the failing example in [" + file + "]");
    }
}
