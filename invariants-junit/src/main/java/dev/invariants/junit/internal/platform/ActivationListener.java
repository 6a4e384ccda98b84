package dev.invariants.junit.internal.platform;

import dev.invariants.junit.internal.agent.Activation;
import dev.invariants.junit.internal.config.Settings;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Service-loaded; switches checking on or off when a test plan starts executing, with the plan's
 * full configuration (the build tool's configuration parameters included). Not at discovery: Surefire
 * first discovers each class on its own without its configuration parameters, so a discovery
 * listener would see {@code invariants.enabled} unset.
 */
public final class ActivationListener implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        // Before JUnit Platform 1.8 no session listener runs, and getConfigurationParameters() does not exist.
        PlatformVersion.requireSupported();
        Settings settings = Settings.from(testPlan.getConfigurationParameters()::get);
        if (settings.enabled()) {
            Activation.activate(settings);
        } else {
            Activation.deactivate();
        }
    }
}
