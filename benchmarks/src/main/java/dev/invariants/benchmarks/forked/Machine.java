package dev.invariants.benchmarks.forked;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on: cores and the load other processes put on them. */
final class Machine {

    private Machine() {}

    static String describe() {
        return "cores " + Runtime.getRuntime().availableProcessors() + ", load average (1/5/15 min) " + loadAverage()
                + ", " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
