package dev.invariants.junit.internal.ledger;

import dev.invariants.junit.internal.config.Settings;

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
}
