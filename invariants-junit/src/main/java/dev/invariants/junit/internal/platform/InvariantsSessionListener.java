package dev.invariants.junit.internal.platform;

import dev.invariants.junit.internal.agent.Activation;
import dev.invariants.junit.internal.config.Settings;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Service-loaded when a JUnit Platform session opens: unless {@code invariants.enabled=false} is
 * set as a system property or in {@code junit-platform.properties}, starts obtaining instrumentation
 * in the background so that it overlaps with the platform's own start-up.
 */
public final class InvariantsSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Settings early = Settings.early(loader != null ? loader : getClass().getClassLoader());
        if (early.enabled()) {
            Activation.prepare();
        }
    }

    /** An exception from here fails the build (Surefire, Gradle); one from any other callback is only logged. */
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        IllegalStateException failure = Activation.failure();
        if (failure != null) {
            throw failure;
        }
    }
}
