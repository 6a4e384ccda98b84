package dev.invariants.pitest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.pitest.fixtures.FeesTestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pitest.classpath.ClassloaderByteArraySource;
import org.pitest.mutationtest.config.ClientPluginServices;
import org.pitest.mutationtest.config.MinionSettings;
import org.pitest.mutationtest.config.TestPluginArguments;
import org.pitest.mutationtest.execute.CheckTestHasFailedResultListener;
import org.pitest.testapi.Configuration;
import org.pitest.testapi.Description;
import org.pitest.testapi.TestUnit;
import org.pitest.testapi.execute.Pitest;
import org.pitest.testapi.execute.containers.UnContainer;

/**
 * The test plugin as a PIT minion uses it: chosen by PIT's own plugin selection from the class path, finding the
 * fixture's test units, running them with PIT's test runner, and the names of the failing tests as PIT puts them
 * into its results ({@code Description.getQualifiedName()}, see MutationTestWorker).
 */
class PlatformPluginTests {

    private static final String CLASS = FeesTestCase.class.getName();
    private static final String PREFIX = "[engine:junit-jupiter]/[class:" + CLASS + "]";

    @Test
    @DisplayName("should be the configuration PIT picks, and find one unit per test method, nested classes included")
    void findsOneUnitPerMethod() {
        List<String> units = unitsOf(FeesTestCase.class, FeesTestCase.Inner.class).stream()
                .map(u -> u.getDescription().getName()).toList();

        assertThat(units).containsExactlyInAnyOrder(
                PREFIX + "/[method:passes()]",
                PREFIX + "/[method:violatesTheInvariant()]",
                PREFIX + "/[method:failsAnAssertion()]",
                PREFIX + "/[method:throwsSomethingElse()]",
                PREFIX + "/[test-template:failsBothWays(int)]",
                PREFIX + "/[method:assumptionFails()]",
                PREFIX + "/[method:disabled()]",
                PREFIX + "/[nested-class:Inner]/[method:innerPasses()]");
    }

    @Test
    @DisplayName("should name each failing unit after what failed it: the violated invariant, an assertion, or both")
    void namesFailuresByKind() {
        CheckTestHasFailedResultListener listener = new CheckTestHasFailedResultListener(true);

        new Pitest(listener).run(new UnContainer(), unitsOf(FeesTestCase.class, FeesTestCase.Inner.class));

        assertThat(names(listener.getFailingTests())).containsExactlyInAnyOrder(
                CLASS + "." + PREFIX + "/[method:violatesTheInvariant()] #invariants{invariant=fee-non-negative}",
                CLASS + "." + PREFIX + "/[method:failsAnAssertion()] #invariants{assertion}",
                CLASS + "." + PREFIX + "/[method:throwsSomethingElse()] #invariants{assertion}",
                CLASS + "." + PREFIX + "/[test-template:failsBothWays(int)] #invariants{invariant=fee-non-negative,assertion}");
        assertThat(names(listener.getSucceedingTests())).containsExactlyInAnyOrder(
                CLASS + "." + PREFIX + "/[method:passes()]",
                CLASS + "." + PREFIX + "/[method:assumptionFails()]",
                CLASS + "." + PREFIX + "/[nested-class:Inner]/[method:innerPasses()]");
        // Every unit starts, the disabled one too; it then reports itself skipped rather than passed or failed.
        assertThat(listener.getNumberOfTestsRun()).isEqualTo(8);
    }

    private static List<TestUnit> unitsOf(Class<?>... testClasses) {
        ClassLoader loader = PlatformPluginTests.class.getClassLoader();
        Configuration configuration = new MinionSettings(new ClientPluginServices(loader))
                .getTestFrameworkPlugin(TestPluginArguments.defaults(), new ClassloaderByteArraySource(loader));
        List<TestUnit> units = new ArrayList<>();
        Stream.of(testClasses).forEach(c -> units.addAll(configuration.testUnitFinder().findTestUnits(c, null)));
        return units;
    }

    private static List<String> names(List<Description> descriptions) {
        return descriptions.stream().map(Description::getQualifiedName).toList();
    }
}
