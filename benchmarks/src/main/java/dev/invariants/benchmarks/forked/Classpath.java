package dev.invariants.benchmarks.forked;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The jars the forked measurements put on their test JVMs' class paths, from
 * {@code benchmarks/target/bench-classpath.txt} (written by the build). Run from the repository root.
 */
final class Classpath {

    private final Path root;
    private final List<Path> entries;

    private Classpath(Path root, List<Path> entries) {
        this.root = root;
        this.entries = entries;
    }

    static Classpath load() {
        Path root = Path.of("").toAbsolutePath();
        Path file = root.resolve("benchmarks/target/bench-classpath.txt");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: run from the repository root after "
                    + "`mvn -B -ntp -pl benchmarks -am package -DskipTests`");
        }
        try {
            List<Path> entries = Arrays.stream(Files.readString(file).trim().split(java.io.File.pathSeparator))
                    .map(Path::of).toList();
            return new Classpath(root, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    /** The one entry whose file name starts with the prefix. */
    Path jar(String fileNamePrefix) {
        List<Path> found = entries.stream().filter(p -> p.getFileName().toString().startsWith(fileNamePrefix)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("expected one " + fileNamePrefix + "* on the benchmark class path, found " + found);
        }
        return found.get(0);
    }

    /** The entries whose file names start with any of the prefixes, in class-path order. */
    List<Path> jars(String... fileNamePrefixes) {
        List<Path> found = new ArrayList<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (Arrays.stream(fileNamePrefixes).anyMatch(name::startsWith)) {
                found.add(entry);
            }
        }
        return found;
    }

    static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }
}
