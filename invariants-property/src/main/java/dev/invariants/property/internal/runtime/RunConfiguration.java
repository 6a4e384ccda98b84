package dev.invariants.property.internal.runtime;

import dev.invariants.junit.internal.config.Settings;
import dev.invariants.junit.internal.platform.CurrentRun;

/** The configuration of the run generated tests are part of, read by the runtime's own settings. */
public final class RunConfiguration {

    private RunConfiguration() {
    }

    public static Settings settings() {
        return CurrentRun.settings();
    }
}
