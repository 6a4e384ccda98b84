package dev.invariants.junit.internal.scan;

import io.github.classgraph.ClassGraph;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class path entries a class loader sees, parents first. The JDK's application class loader
 * and {@link URLClassLoader}s (Maven Surefire, Gradle, IDEs and the console launcher use nothing
 * else) are read directly, with the {@code Class-Path} of jar manifests followed, as Surefire's
 * manifest-only jar needs. Any other loader in the chain is left to ClassGraph, which knows many
 * more: it costs some 200 ms of start-up, which the common case should not pay.
 */
final class ClasspathFiles {

    private static final String APP_LOADER = "jdk.internal.loader.ClassLoaders$AppClassLoader";

    private ClasspathFiles() {}

    static List<File> of(ClassLoader loader) {
        List<File> direct = direct(loader);
        return direct != null ? direct : new ClassGraph().overrideClassLoaders(loader).getClasspathFiles();
    }

    /** The entries, or {@code null} when a loader in the chain is of a kind not read here. */
    static List<File> direct(ClassLoader loader) {
        List<ClassLoader> chain = new ArrayList<>();
        for (ClassLoader each = loader; each != null && each != ClassLoader.getPlatformClassLoader(); each = each.getParent()) {
            chain.add(each);
        }
        Collections.reverse(chain);
        Set<File> files = new LinkedHashSet<>();
        for (ClassLoader each : chain) {
            if (each.getClass().getName().equals(APP_LOADER)) {
                for (String path : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                    if (!path.isEmpty()) {
                        add(files, new File(path));
                    }
                }
                // Surefire runs a project with module-info.java on the module path: its classes are only there.
                for (File module : modulePath()) {
                    add(files, module);
                }
            } else if (each instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    File file = file(url);
                    if (file == null) {
                        return null;
                    }
                    add(files, file);
                }
            } else {
                return null;
            }
        }
        return List.copyOf(files);
    }

    /**
     * The boot layer's module path ({@code --module-path}): each entry a modular jar, an exploded module, or a
     * directory of either, which is expanded to its jars and exploded modules.
     */
    static List<File> modulePath() {
        List<File> modules = new ArrayList<>();
        for (String path : System.getProperty("jdk.module.path", "").split(File.pathSeparator)) {
            File entry = new File(path);
            if (path.isEmpty() || !entry.exists()) {
                continue;
            }
            File[] children = entry.isDirectory() && !new File(entry, "module-info.class").isFile() ? entry.listFiles() : null;
            if (children == null || !containsModules(children)) {
                modules.add(entry);
                continue;
            }
            java.util.Arrays.sort(children);
            for (File child : children) {
                if (child.getName().endsWith(".jar") || new File(child, "module-info.class").isFile()) {
                    modules.add(child);
                }
            }
        }
        return modules;
    }

    private static boolean containsModules(File[] children) {
        for (File child : children) {
            if (child.getName().endsWith(".jar") || new File(child, "module-info.class").isFile()) {
                return true;
            }
        }
        return false;
    }

    private static void add(Set<File> files, File entry) {
        File file = entry.getAbsoluteFile().toPath().normalize().toFile();
        if (!file.exists() || !files.add(file)) {
            return;
        }
        if (file.isFile()) {
            for (File referenced : manifestClassPath(file)) {
                add(files, referenced);
            }
        }
    }

    /** The jar's {@code Class-Path} entries, resolved against the jar's own location; none when it has none or is not a jar. */
    private static List<File> manifestClassPath(File jar) {
        List<File> result = new ArrayList<>();
        try (JarFile file = new JarFile(jar, false)) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null) {
                return result;
            }
            URI base = jar.toURI();
            for (String token : classPath.trim().split("\\s+")) {
                try {
                    File referenced = file(base.resolve(token).toURL());
                    if (referenced != null) {
                        result.add(referenced);
                    }
                } catch (IllegalArgumentException | IOException e) {
                    // As the JDK's loader does: an entry it cannot resolve is skipped.
                }
            }
        } catch (IOException | SecurityException e) {
            // Not a jar (or unreadable): the scan reports what it cannot read.
        }
        return result;
    }

    private static File file(URL url) {
        if (!"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            return new File(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
