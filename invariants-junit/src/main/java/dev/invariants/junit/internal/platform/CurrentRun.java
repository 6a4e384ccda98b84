package dev.invariants.junit.internal.platform;

import dev.invariants.junit.internal.config.Settings;
import dev.invariants.junit.internal.config.Warnings;
import dev.invariants.junit.internal.scan.DeclaredSet;

/** What code running inside a test (the property engine) may ask about the run it is part of. */
public final class CurrentRun {

    private CurrentRun() {}

    /**
     * The full configuration of the test plan executing in the innermost open session (the build tool's
     * configuration parameters included); outside any, system properties and {@code junit-platform.properties}.
     */
    public static Settings settings() {
        SessionState state = Sessions.innermost();
        Settings plan = state == null ? null : state.planSettings();
        if (plan != null) {
            return plan;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return Settings.early(loader != null ? loader : CurrentRun.class.getClassLoader());
    }

    /**
     * The declared set for {@code settings}' scan keys: the innermost session's own scan (the one its
     * report uses, already under way since the session opened) when its keys match, else a new scan,
     * which becomes the session's when no test plan records yet, so the classpath is scanned once.
     * Outside any session, a scan on this thread.
     *
     * @param loader what the scan sees when this call has to start one
     */
    public static DeclaredSet declared(Settings settings, ClassLoader loader) {
        SessionState state = Sessions.innermost();
        if (state == null) {
            return DeclaredSet.scan(loader, settings.scanPackages(), settings.scanJars(), Warnings::warn);
        }
        return state.declared(settings.scanPackages(), settings.scanJars());
    }
}
