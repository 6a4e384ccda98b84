package dev.invariants.benchmarks.forked;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link RunTests} copied into a directory of its own, so the forked test JVMs get it without the
 * benchmark classes (whose annotated fixtures the declared-set scan would otherwise find).
 */
final class Runner {

    private Runner() {}

    static Path directory(Path target) {
        String resource = RunTests.class.getName().replace('.', '/') + ".class";
        Path dir = target.resolve("forked-runner");
        try (InputStream in = RunTests.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cannot read " + resource);
            }
            Path file = dir.resolve(resource);
            Files.createDirectories(file.getParent());
            Files.write(file, in.readAllBytes());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
