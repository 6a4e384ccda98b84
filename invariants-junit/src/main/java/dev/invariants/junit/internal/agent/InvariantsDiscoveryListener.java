package dev.invariants.junit.internal.agent;

import dev.invariants.junit.internal.config.Settings;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/**
 * Service-loaded; when discovery starts the full configuration is known (the build tool's
 * configuration parameters included). If checking is enabled, installs the transformer before any
 * test runs, and fails the run when the JVM cannot be instrumented.
 */
public final class InvariantsDiscoveryListener implements LauncherDiscoveryListener {

    @Override
    public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
        Settings settings = Settings.from(request.getConfigurationParameters()::get);
        if (settings.enabled()) {
            Activation.prepare();
        }
    }

    /**
     * Installs when discovery is done rather than when it starts: attaching (a few hundred
     * milliseconds) then overlaps with the platform's discovery, and whatever discovery loaded is
     * retransformed. No test has run yet.
     */
    @Override
    public void launcherDiscoveryFinished(LauncherDiscoveryRequest request) {
        Settings settings = Settings.from(request.getConfigurationParameters()::get);
        if (settings.enabled()) {
            Activation.activate(settings);
        }
    }
}
