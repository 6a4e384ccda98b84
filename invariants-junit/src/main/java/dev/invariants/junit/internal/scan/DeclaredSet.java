package dev.invariants.junit.internal.scan;

import dev.invariants.junit.internal.model.ClassFileReader;
import dev.invariants.junit.internal.model.ClassInvariants;
import dev.invariants.junit.internal.model.DefinitionProblem;
import dev.invariants.junit.spi.InvariantDefinition;
import java.io.File;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every {@code @Invariant} in the code under test, found without loading a class: {@link ClasspathFiles}
 * lists the class path, {@link ClassFiles} the class files of the selected entries, and
 * {@link ClassFileReader} (the weaver's own reader) reads those that mention the annotation, so ids
 * and lines agree with what the runtime reports.
 *
 * @param definitions every invariant found, in class order
 * @param problems    structural definition errors found while reading
 * @param entries     the classpath entries that were scanned, for diagnostics
 */
public record DeclaredSet(List<InvariantDefinition> definitions, List<DefinitionProblem> problems, List<File> entries) {

    private static final String[] NEVER_OURS_TO_REPORT = {"dev/invariants/junit/internal/",
        "dev/invariants/property/internal/", "dev/invariants/shaded/"};

    public DeclaredSet {
        definitions = List.copyOf(definitions);
        problems = List.copyOf(problems);
        entries = List.copyOf(entries);
    }

    public static final DeclaredSet EMPTY = new DeclaredSet(List.of(), List.of(), List.of());

    /**
     * Scans what {@code loader} sees.
     *
     * @param packages packages to scan in every entry; empty for every package of the non-test class directories
     * @param jarGlobs file-name globs of jars to scan in addition
     */
    public static DeclaredSet scan(ClassLoader loader, List<String> packages, List<String> jarGlobs,
            Consumer<String> warnings) {
        List<File> entries = select(ClasspathFiles.of(loader), packages, jarGlobs);
        if (entries.isEmpty()) {
            return EMPTY;
        }
        List<String> prefixes = packages.stream().map(p -> p.replace('.', '/') + "/").toList();
        List<InvariantDefinition> definitions = new ArrayList<>();
        List<DefinitionProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ClassFiles.Visitor visitor = (entry, path, bytes) -> {
            if (!wanted(path, prefixes) || !seen.add(path)) {
                return;
            }
            try {
                byte[] content = bytes.get();
                if (ClassFileReader.mentionsInvariant(content)) {
                    ClassInvariants read = ClassFileReader.read(content);
                    definitions.addAll(read.invariants());
                    problems.addAll(read.problems());
                }
            } catch (Exception e) {
                warnings.accept("cannot read " + path + " from " + entry + " for the report; its invariants are left out: " + e);
            }
        };
        for (File entry : entries) {
            ClassFiles.visit(entry, prefixes, visitor, warnings);
        }
        return new DeclaredSet(definitions, problems, entries);
    }

    /**
     * One line saying what the declared set came from, so that an empty or partial scan is visible: how many
     * invariants in how many classes, and the entries scanned (those from the module path marked).
     */
    public String describe() {
        long classes = definitions.stream().map(InvariantDefinition::owner).distinct().count();
        StringBuilder line = new StringBuilder("declared set: ").append(definitions.size())
                .append(definitions.size() == 1 ? " invariant in " : " invariants in ").append(classes)
                .append(classes == 1 ? " class" : " classes");
        if (entries.isEmpty()) {
            return line.append(", nothing scanned (no class directory that is not test output; set invariants.scan.packages"
                    + " or invariants.scan.jars): the report lists only the invariants the tests evaluated").toString();
        }
        List<File> modules = ClasspathFiles.modulePath().stream().map(f -> f.getAbsoluteFile().toPath().normalize().toFile())
                .toList();
        Path here = Path.of("").toAbsolutePath();
        line.append(", scanned from ");
        int shown = Math.min(entries.size(), 3);
        for (int i = 0; i < shown; i++) {
            File entry = entries.get(i);
            Path path = entry.toPath();
            line.append(i == 0 ? "" : ", ").append(path.startsWith(here) ? here.relativize(path) : path)
                    .append(modules.contains(entry) ? " (module path)" : "");
        }
        if (entries.size() > shown) {
            line.append(" and ").append(entries.size() - shown).append(" more");
        }
        return line.toString();
    }

    /** A class file of the selected packages (and their subpackages), none of ours. */
    private static boolean wanted(String path, List<String> prefixes) {
        if (path.endsWith("module-info.class") || path.endsWith("package-info.class") || path.startsWith("META-INF/")) {
            return false;
        }
        for (String ours : NEVER_OURS_TO_REPORT) {
            if (path.startsWith(ours)) {
                return false;
            }
        }
        return prefixes.isEmpty() || prefixes.stream().anyMatch(path::startsWith);
    }

    static List<File> select(List<File> classpath, List<String> packages, List<String> jarGlobs) {
        List<PathMatcher> jars = jarGlobs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        List<File> selected = new ArrayList<>();
        for (File entry : classpath) {
            boolean directory = entry.isDirectory();
            boolean wanted = directory ? !packages.isEmpty() || !isTestOutput(entry)
                    : !packages.isEmpty() || jars.stream().anyMatch(m -> m.matches(Path.of(entry.getName())));
            if (wanted && !isOurOwn(entry)) {
                selected.add(entry);
            }
        }
        return selected;
    }

    /**
     * Test output directories by the layouts of Maven ({@code target/test-classes}), Gradle
     * ({@code build/classes/java/test}), Eclipse ({@code bin/test}) and IntelliJ ({@code out/test/module}).
     */
    static boolean isTestOutput(File directory) {
        String name = directory.getName();
        File parent = directory.getParentFile();
        return name.equals("test-classes") || name.equals("test")
                || parent != null && parent.getName().equals("test") && parent.getParentFile() != null
                        && parent.getParentFile().getName().equals("out");
    }

    private static boolean isOurOwn(File entry) {
        String name = entry.getName();
        return name.startsWith("invariants-junit-") || name.startsWith("invariants-api-")
                || name.startsWith("invariants-property-");
    }
}
