package dev.invariants.pitest.internal.minion;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.pitest.testapi.TestGroupConfig;
import org.pitest.testapi.TestUnit;
import org.pitest.testapi.TestUnitExecutionListener;
import org.pitest.testapi.TestUnitFinder;

/**
 * Finds a class's test units by discovery alone (nothing runs): one unit per test method, so PIT's coverage and
 * its choice of which tests to run against a mutant are per method. A parameterised or repeated test, or a test
 * factory, is one unit with all its invocations; a test without a method source (another engine's) is a unit of
 * its own.
 */
final class PlatformUnitFinder implements TestUnitFinder {

    private final TestGroupConfig groups;
    private final Collection<String> includedTestMethods;

    PlatformUnitFinder(TestGroupConfig groups, Collection<String> includedTestMethods) {
        this.groups = groups;
        this.includedTestMethods = includedTestMethods == null ? List.of() : includedTestMethods;
    }

    @Override
    public List<TestUnit> findTestUnits(Class<?> testClass, TestUnitExecutionListener unused) {
        // A @Nested class is discovered with its enclosing class; PIT asks for both.
        if (testClass.getEnclosingClass() != null && !Modifier.isStatic(testClass.getModifiers())) {
            return List.of();
        }
        TestPlan plan = MinionLauncher.get().discover(request(DiscoverySelectors.selectClass(testClass.getName())));
        List<TestUnit> units = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            collect(plan, root, testClass, units);
        }
        return units;
    }

    private void collect(TestPlan plan, TestIdentifier node, Class<?> testClass, List<TestUnit> units) {
        boolean method = node.getSource().filter(MethodSource.class::isInstance).isPresent();
        if (method || node.isTest()) {
            if (included(node)) {
                units.add(new PlatformTestUnit(testClass, node.getUniqueId()));
            }
            return;
        }
        for (TestIdentifier child : plan.getChildren(node)) {
            collect(plan, child, testClass, units);
        }
    }

    private boolean included(TestIdentifier node) {
        if (includedTestMethods.isEmpty()) {
            return true;
        }
        return node.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(source -> includedTestMethods.contains(source.getMethodName())).orElse(true);
    }

    LauncherDiscoveryRequest request(DiscoverySelector selector) {
        return request(selector, groups);
    }

    /** A request for {@code selector} with PIT's tag filters and the minion's configuration parameters. */
    static LauncherDiscoveryRequest request(DiscoverySelector selector, TestGroupConfig groups) {
        List<Filter<?>> filters = new ArrayList<>();
        List<String> excluded = nonEmpty(groups.getExcludedGroups());
        if (!excluded.isEmpty()) {
            filters.add(TagFilter.excludeTags(excluded));
        }
        List<String> included = nonEmpty(groups.getIncludedGroups());
        if (!included.isEmpty()) {
            filters.add(TagFilter.includeTags(included));
        }
        return LauncherDiscoveryRequestBuilder.request().selectors(selector).filters(filters.toArray(new Filter<?>[0]))
                .configurationParameters(MinionLauncher.parameters()).build();
    }

    private static List<String> nonEmpty(List<String> groups) {
        return groups.stream().filter(g -> !g.isBlank()).toList();
    }
}
