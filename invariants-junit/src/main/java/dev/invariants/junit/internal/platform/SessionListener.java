package dev.invariants.junit.internal.platform;

import dev.invariants.junit.internal.config.Settings;
import dev.invariants.junit.internal.config.Warnings;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Service-loaded. Opens the session's ledger and starts the scan; at close writes the report, applies the
 * gate and fails the run on definition errors. Both throw from here because an exception from
 * {@code launcherSessionClosed} fails the run in every launcher, while one from
 * {@code testPlanExecutionFinished} is only logged.
 */
public final class SessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // First of our listeners to run: on a too old platform, one line instead of a linkage error later.
        PlatformVersion.requireSupported();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context == null ? SessionListener.class.getClassLoader() : context;
        SessionState state = new SessionState(loader);
        try {
            state.opened(Settings.early(loader));
        } catch (RuntimeException e) {
            Warnings.warn("cannot start recording invariants for this session: " + e);
        }
        Sessions.opened(session, state);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SessionState state = Sessions.closed(session);
        if (state == null) {
            return;
        }
        GateFailure gate = null;
        try {
            state.closed(System.out);
        } catch (GateFailure failure) {
            gate = failure;
        } catch (RuntimeException | LinkageError e) {
            // Our own bug must never turn a green run red, nor hide a result: say it and move on.
            Warnings.warn("the invariants report could not be produced: " + e);
        }
        // Definition errors and swallowed violations fail the run here, not the test that happened to call first
        // (see DefinitionFailure, SwallowedFailure); the first of them is thrown, the others attached to it.
        AssertionError thrown = null;
        for (AssertionError failure : new AssertionError[] {state.definitionFailure(), state.swallowedFailure(), gate}) {
            if (failure == null) {
                continue;
            }
            if (thrown == null) {
                thrown = failure;
            } else {
                thrown.addSuppressed(failure);
            }
        }
        if (thrown != null) {
            throw thrown;
        }
    }
}
