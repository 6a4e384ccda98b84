package dev.invariants.junit.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The main class of a forked test JVM: runs the named fixture classes through a launcher session,
 * as a build tool would, and prints one block per test ({@code ### name STATUS}, then the failure's
 * class and message). An argument {@code --config=key=value} is a configuration parameter, which
 * build tools pass with the discovery request (Surefire's {@code configurationParameters}). With
 * {@code --stale-attach-socket}, a dead attach socket with this JVM's pid is left in {@code /tmp}
 * first, as an earlier process with the same pid leaves it (containers reuse pids).
 */
public final class ForkedMain {

    private static final String CONFIG = "--config=";
    private static final String STALE_SOCKET = "--stale-attach-socket";

    private ForkedMain() {}

    public static void main(String[] args) throws IOException {
        if (Arrays.asList(args).contains(STALE_SOCKET)) {
            Path socket = Path.of("/tmp/.java_pid" + ProcessHandle.current().pid());
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket)); // closing leaves the file behind, nobody listening
            }
        }
        try (LauncherSession session = LauncherFactory.openSession()) {
            Map<String, String> configuration = new HashMap<>();
            List<String> classes = new ArrayList<>();
            for (String arg : args) {
                if (arg.equals(STALE_SOCKET)) {
                    continue;
                }
                if (arg.startsWith(CONFIG)) {
                    String[] pair = arg.substring(CONFIG.length()).split("=", 2);
                    configuration.put(pair[0], pair[1]);
                } else {
                    classes.add(arg);
                }
            }
            session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(classes.stream().map(name -> selectClass(name)).toList())
                    .configurationParameters(configuration).build(),
                    new TestExecutionListener() {
                        @Override
                        public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                            if (identifier.isTest()) {
                                System.out.println("### " + identifier.getDisplayName() + " " + result.getStatus());
                                result.getThrowable().ifPresent(t -> System.out.println(t.getClass().getName() + ": "
                                        + t.getMessage()));
                            }
                        }
                    });
        }
    }
}
