package dev.invariants.junit.internal.platform;

import java.util.Optional;

/**
 * The JUnit Platform a session runs on, held against the oldest one we build and test against. Below
 * it the run stops with one line naming both versions, instead of a {@code NoSuchMethodError} or a
 * check that silently never happens somewhere in the middle of the run.
 */
public final class PlatformVersion {

    /** The oldest JUnit Platform that CI proves (JUnit 5.10; docs/compatibility.md). */
    static final int OLDEST_MAJOR = 1;
    static final int OLDEST_MINOR = 10;
    static final String OLDEST = "JUnit Platform 1.10 (JUnit 5.10)";

    private static volatile boolean checked;

    private PlatformVersion() {}

    /**
     * Throws {@link UnsupportedPlatformException} when the launcher or the engine API running this session is
     * older than {@link #OLDEST}; a version that cannot be read (a repackaged launcher) passes.
     */
    public static void requireSupported() {
        if (checked) {
            return;
        }
        require("junit-platform-launcher", versionOf(org.junit.platform.launcher.Launcher.class));
        require("junit-platform-engine", versionOf(org.junit.platform.engine.TestEngine.class));
        checked = true;
    }

    static void require(String jar, String version) {
        Optional<String> problem = problem(jar, version);
        if (problem.isPresent()) {
            throw new UnsupportedPlatformException(problem.get());
        }
    }

    /** The one line a user reads when {@code version} of {@code jar} is too old; empty when it is not (or unknown). */
    static Optional<String> problem(String jar, String version) {
        if (version == null) {
            return Optional.empty();
        }
        String[] parts = version.split("[.-]", 3);
        int major;
        int minor;
        try {
            major = Integer.parseInt(parts[0]);
            minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (major > OLDEST_MAJOR || major == OLDEST_MAJOR && minor >= OLDEST_MINOR) {
            return Optional.empty();
        }
        return Optional.of("invariants needs " + OLDEST + " or newer, but this test run has " + jar + " " + version
                + ": move the project to JUnit 5.10 or newer (all JUnit artifacts at one version, e.g. through"
                + " org.junit:junit-bom), or leave invariants-junit out of this build.");
    }

    private static String versionOf(Class<?> type) {
        Package pkg = type.getPackage();
        if (pkg != null && pkg.getImplementationVersion() != null) {
            return pkg.getImplementationVersion();
        }
        return type.getModule().isNamed()
                ? type.getModule().getDescriptor().rawVersion().orElse(null)
                : null;
    }

    /** The session cannot run on this JUnit Platform; the message is the whole story. */
    public static final class UnsupportedPlatformException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnsupportedPlatformException(String message) {
            super(message, null, false, false);
        }
    }
}
