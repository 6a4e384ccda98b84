package dev.invariants.junit.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.fixtures.account.Account;
import dev.invariants.junit.spi.InvariantDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan for declared invariants over class paths laid out as build tools lay them out: Surefire's
 * manifest-only jar naming the real entries, a class directory, a jar of another module.
 */
class DeclaredSetTests {

    private static final String ACCOUNT = Account.class.getName().replace('.', '/') + ".class";

    @TempDir
    Path dir;

    @Test
    @DisplayName("should follow a manifest-only jar's Class-Path to class directories and jars, as Surefire starts its fork")
    void manifestOnlyJar() throws IOException {
        Path classes = classDirectory("classes");
        Path moduleJar = jar("other-module.jar", null, ACCOUNT);
        Path booter = jar("surefirebooter.jar", classes.toUri() + " " + dir.relativize(moduleJar), null);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {booter.toUri().toURL()}, null)) {
            assertThat(ClasspathFiles.direct(loader)).containsExactly(booter.toFile(), classes.toFile(), moduleJar.toFile());

            List<String> warnings = new ArrayList<>();
            DeclaredSet scanned = DeclaredSet.scan(loader, List.of("dev.invariants.junit.fixtures.account"), List.of(),
                    warnings::add);

            // The class is in both entries: it counts once, as the loader would see it once.
            assertThat(ids(scanned)).containsExactly("balance-non-negative", "opens-with-deposit", "deposit-adds",
                    "fee-at-most-amount");
            assertThat(warnings).isEmpty();
        }
    }

    @Test
    @DisplayName("should scan only the class directories that are not test output when no package is configured")
    void defaultSelection() throws IOException {
        Path classes = classDirectory("classes");
        Path testClasses = classDirectory("test-classes");
        Path jar = jar("lib.jar", null, ACCOUNT);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {testClasses.toUri().toURL(), jar.toUri().toURL(),
            classes.toUri().toURL()}, null)) {
            DeclaredSet scanned = DeclaredSet.scan(loader, List.of(), List.of(), message -> { });

            assertThat(scanned.entries()).containsExactly(classes.toFile());
            assertThat(ids(scanned)).hasSize(4);
            assertThat(DeclaredSet.scan(loader, List.of("dev.invariants.junit.fixtures.none"), List.of(), message -> { })
                    .definitions()).isEmpty();
        }
    }

    @Test
    @DisplayName("should leave class loaders of other kinds to ClassGraph")
    void otherLoaders() throws IOException {
        ClassLoader custom = new ClassLoader(null) { };

        assertThat(ClasspathFiles.direct(custom)).isNull();
        try (URLClassLoader remote = new URLClassLoader(new URL[] {new URL("http://localhost/lib.jar")}, null)) {
            assertThat(ClasspathFiles.direct(remote)).isNull();
        }
    }

    @Test
    @DisplayName("should report a class path entry it cannot read, and go on with the others")
    void unreadableEntry() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.jar"), "not a zip");
        Path classes = classDirectory("classes");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {broken.toUri().toURL(), classes.toUri().toURL()}, null)) {
            List<String> warnings = new ArrayList<>();
            DeclaredSet scanned = DeclaredSet.scan(loader, List.of("dev.invariants.junit.fixtures.account"), List.of(),
                    warnings::add);

            assertThat(ids(scanned)).hasSize(4);
            assertThat(warnings).singleElement().asString()
                    .startsWith("cannot read the class path entry " + broken.toFile() + " for the report");
        }
    }

    @Test
    @DisplayName("should read the module path: modular jars and exploded modules, also inside a directory of modules")
    void modulePath() throws IOException {
        Path mods = Files.createDirectories(dir.resolve("mods"));
        Path jar = Files.move(jar("a.jar", null, ACCOUNT), mods.resolve("a.jar"));
        Path exploded = Files.createDirectories(mods.resolve("b"));
        Files.write(exploded.resolve("module-info.class"), new byte[0]);
        Path classes = classDirectory("classes");
        Files.write(classes.resolve("module-info.class"), new byte[0]);
        String previous = System.getProperty("jdk.module.path");
        System.setProperty("jdk.module.path", mods + java.io.File.pathSeparator + classes);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertThat(ClasspathFiles.modulePath()).containsExactly(jar.toFile(), exploded.toFile(), classes.toFile());

            DeclaredSet scanned = DeclaredSet.scan(loader, List.of(), List.of(), message -> { });
            assertThat(scanned.describe()).isEqualTo("declared set: 4 invariants in 1 class, scanned from " + classes
                    + " (module path)");
        } finally {
            if (previous == null) {
                System.clearProperty("jdk.module.path");
            } else {
                System.setProperty("jdk.module.path", previous);
            }
        }
    }

    @Test
    @DisplayName("should say so when nothing was scanned, rather than report a partial declared set silently")
    void nothingScanned() {
        assertThat(DeclaredSet.EMPTY.describe()).startsWith("declared set: 0 invariants in 0 classes, nothing scanned");
    }

    private static List<String> ids(DeclaredSet scanned) {
        return scanned.definitions().stream().map(InvariantDefinition::id).toList();
    }

    private Path classDirectory(String name) throws IOException {
        Path target = dir.resolve(name).resolve(ACCOUNT);
        Files.createDirectories(target.getParent());
        Files.write(target, accountBytes());
        return dir.resolve(name);
    }

    private Path jar(String name, String classPath, String entry) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            if (entry != null) {
                out.putNextEntry(new JarEntry(entry));
                out.write(accountBytes());
                out.closeEntry();
            }
        }
        return jar;
    }

    private static byte[] accountBytes() throws IOException {
        try (InputStream in = Account.class.getResourceAsStream("/" + ACCOUNT)) {
            return in.readAllBytes();
        }
    }

}
