package dev.invariants.junit.internal.scan;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The class files of one class path entry, a directory or a jar, in a stable order. */
final class ClassFiles {

    /** Receives each class file: its entry, its path inside it ({@code a/b/C.class}) and its bytes, read on demand. */
    @FunctionalInterface
    interface Visitor {
        void visit(File entry, String path, Bytes bytes);
    }

    /** The bytes of one class file, read when asked for. */
    @FunctionalInterface
    interface Bytes {
        byte[] get() throws IOException;
    }

    private ClassFiles() {}

    /**
     * Visits the class files under {@code prefixes} (every one when empty); a directory is walked only
     * below them. An entry that cannot be read is reported and skipped.
     */
    static void visit(File entry, List<String> prefixes, Visitor visitor, Consumer<String> warnings) {
        try {
            if (entry.isDirectory()) {
                Path root = entry.toPath();
                for (String prefix : prefixes.isEmpty() ? List.of("") : prefixes) {
                    Path start = root.resolve(prefix);
                    if (Files.isDirectory(start)) {
                        walk(entry, root, start, visitor);
                    }
                }
            } else if (entry.isFile()) {
                try (ZipFile zip = new ZipFile(entry)) {
                    Enumeration<? extends ZipEntry> entries = zip.entries();
                    while (entries.hasMoreElements()) {
                        ZipEntry each = entries.nextElement();
                        if (!each.isDirectory() && each.getName().endsWith(".class")) {
                            visitor.visit(entry, each.getName(), () -> read(zip, each));
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            warnings.accept("cannot read the class path entry " + entry + " for the report; its invariants are left out: " + e);
        }
    }

    private static void walk(File entry, Path root, Path start, Visitor visitor) throws IOException {
        try (Stream<Path> files = Files.walk(start)) {
            files.filter(f -> f.toString().endsWith(".class") && Files.isRegularFile(f)).sorted().forEach(file -> {
                String path = root.relativize(file).toString().replace(File.separatorChar, '/');
                visitor.visit(entry, path, () -> Files.readAllBytes(file));
            });
        }
    }

    private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
