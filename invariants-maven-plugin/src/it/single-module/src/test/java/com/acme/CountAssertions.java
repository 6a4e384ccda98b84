package com.acme;

import dev.invariants.junit.internal.assertions.AssertionCounting;
import net.bytebuddy.agent.ByteBuddyAgent;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Installs assertion counting in every test JVM, as the runtime's activation will once it lands
 * (it obtains Instrumentation and calls AssertionCounting.install). Remove when that is wired.
 */
public class CountAssertions implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        AssertionCounting.install(ByteBuddyAgent.install());
    }
}
