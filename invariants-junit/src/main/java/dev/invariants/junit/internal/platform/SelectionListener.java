package dev.invariants.junit.internal.platform;

import dev.invariants.report.internal.store.BuildId;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/** Service-loaded. Tells the innermost session what each of its discovery requests selects ({@link Selection}). */
public final class SelectionListener implements LauncherDiscoveryListener {

    @Override
    public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
        SessionState state = Sessions.innermost();
        if (state != null) {
            Selection.narrowing(request, BuildId.isBuildToolJvm()).ifPresent(state::partial);
        }
    }
}
