package dev.invariants.junit.internal.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Whether this JVM is a Surefire fork started for one test set ({@code reuseForks=false}): such forks run one
 * after another, so none can know it is the build's last and the session gate cannot judge the build.
 * Surefire's booter reads its configuration from a properties file named on its command line; a fork for one
 * test set finds the key {@code forkTestSet} there. Anything unreadable counts as "no".
 */
final class SurefireFork {

    private SurefireFork() {}

    static boolean isOnePerTestSet() {
        List<String> arguments = ProcessHandle.current().info().arguments().map(Arrays::asList)
                .orElseGet(() -> Arrays.asList(System.getProperty("sun.java.command", "").split(" ")));
        for (int i = 0; i + 3 < arguments.size(); i++) {
            String argument = arguments.get(i);
            boolean booter = argument.equals("org.apache.maven.surefire.booter.ForkedBooter")
                    || argument.endsWith(".jar") && Path.of(argument).getFileName().toString().startsWith("surefirebooter");
            if (booter) {
                return hasTestSet(Path.of(arguments.get(i + 1)).resolve(arguments.get(i + 3)));
            }
        }
        return false;
    }

    private static boolean hasTestSet(Path booterProperties) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(booterProperties)) {
            properties.load(reader);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return properties.containsKey("forkTestSet");
    }
}
