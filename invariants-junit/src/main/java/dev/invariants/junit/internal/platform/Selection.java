package dev.invariants.junit.internal.platform;

import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.ModuleSelector;
import org.junit.platform.engine.discovery.NestedClassSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Whether a discovery request selects the whole suite, which the session gate judges, or a part of it
 * (one test re-run from an IDE, {@code --select-method}, {@code mvn test -Dtest=...}). The rule is in
 * {@code docs/configuration.md}: class-path roots, packages and modules are the whole suite; classes are
 * when a build tool chose them from its own scan (Surefire, Gradle); anything finer, or a name filter a
 * build tool adds for a selection, is a part.
 */
final class Selection {

    private Selection() {}

    /**
     * Why the request selects part of the suite, e.g. {@code a method selected}; empty for the whole suite.
     *
     * @param classesFromBuildTool whether this JVM's classes were chosen by a build tool's scan of every test class
     */
    static Optional<String> narrowing(LauncherDiscoveryRequest request, boolean classesFromBuildTool) {
        for (DiscoverySelector selector : request.getSelectorsByType(DiscoverySelector.class)) {
            if (selector instanceof ClasspathRootSelector || selector instanceof PackageSelector
                    || selector instanceof ModuleSelector) {
                continue;
            }
            if ((selector instanceof ClassSelector || selector instanceof NestedClassSelector) && classesFromBuildTool) {
                continue;
            }
            return Optional.of(describe(selector));
        }
        List<PostDiscoveryFilter> filters = request.getPostDiscoveryFilters();
        // JUnit's own (tag expressions) belong to the configuration; a build tool's name filter is a selection.
        return filters.stream().map(f -> f.getClass().getName()).filter(name -> !name.startsWith("org.junit.platform."))
                .findFirst().map(name -> "tests filtered by " + name.substring(name.lastIndexOf('.') + 1).split("\\$")[0]);
    }

    private static String describe(DiscoverySelector selector) {
        String type = selector.getClass().getSimpleName().replace("Selector", "");
        StringBuilder words = new StringBuilder();
        for (char c : type.toCharArray()) {
            if (Character.isUpperCase(c) && words.length() > 0) {
                words.append(' ');
            }
            words.append(Character.toLowerCase(c));
        }
        // "an iteration", but "a unique id", "a uri"
        return (words.toString().matches("[aeio].*") ? "an " : "a ") + words + " selected";
    }
}
