package dev.invariants.pitest.internal.minion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.pitest.classinfo.ClassByteArraySource;
import org.pitest.help.Help;
import org.pitest.help.PitHelpError;
import org.pitest.testapi.Configuration;
import org.pitest.testapi.TestGroupConfig;
import org.pitest.testapi.TestPluginFactory;
import org.pitest.testapi.TestSuiteFinder;
import org.pitest.testapi.TestUnitFinder;

/**
 * The PIT test plugin {@value #NAME}, found by PIT through {@code META-INF/services}. Its configuration has a
 * higher priority than PIT's JUnit 4 support and pitest-junit5-plugin, so with it on PIT's class path PIT runs
 * JUnit Platform tests through it.
 */
public final class PlatformPluginFactory implements TestPluginFactory {

    /** The plugin's name in PIT's configuration and logs. */
    public static final String NAME = "invariants";

    /** PIT tries configurations in ascending priority; its own JUnit 4 support is 11, pitest-junit5-plugin 10. */
    static final int PRIORITY = 5;

    private static final String LAUNCHER = "org.junit.platform.launcher.core.LauncherFactory";

    @Override
    public Configuration createTestFrameworkConfiguration(TestGroupConfig groups, ClassByteArraySource source,
            Collection<String> excludedRunners, Collection<String> includedTestMethods) {
        boolean launcherPresent = isLoadable(LAUNCHER);
        return new Configuration() {
            @Override
            public int priority() {
                return PRIORITY;
            }

            @Override
            public TestUnitFinder testUnitFinder() {
                // The finder's classes link against the launcher: never loaded when it is absent.
                return launcherPresent ? new PlatformUnitFinder(groups, includedTestMethods) : (c, l) -> List.of();
            }

            @Override
            public TestSuiteFinder testSuiteFinder() {
                return c -> List.of();
            }

            @Override
            public Optional<PitHelpError> verifyEnvironment() {
                // PIT then falls back to another plugin, or names the missing JUnit if none works.
                return launcherPresent ? Optional.empty() : Optional.of(new PitHelpError(Help.NO_JUNIT));
            }
        };
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "JUnit Platform (JUnit 5.10+ and 6) tests, each failure named after the invariant or assertion that failed it";
    }

    private static boolean isLoadable(String name) {
        try {
            Class.forName(name, false, PlatformPluginFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
