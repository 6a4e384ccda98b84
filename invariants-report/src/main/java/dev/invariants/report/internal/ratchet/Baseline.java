package dev.invariants.report.internal.ratchet;

import dev.invariants.report.Report;
import dev.invariants.report.ReportReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline a run is compared with, read from the file the user named. A file that is missing or is no
 * report fails with {@link IllegalArgumentException} naming the path and the setting: the user asked for the
 * ratchet, so it never silently turns into no ratchet at all.
 *
 * @param file   the baseline file, absolute
 * @param report what it holds
 */
public record Baseline(Path file, Report report) {

    /**
     * Reads the baseline.
     *
     * @param file    as the user named it; resolved against the working directory when relative
     * @param setting how the user named it, quoted in messages, e.g. {@code invariants.gate.baseline=base.json}
     * @throws IllegalArgumentException when it does not exist, cannot be read or is not an invariants report
     */
    public static Baseline read(Path file, String setting) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new IllegalArgumentException(RatchetMessages.missingBaseline(absolute, setting));
        }
        try {
            return new Baseline(absolute, ReportReader.read(absolute));
        } catch (IOException e) {
            throw new IllegalArgumentException(RatchetMessages.unreadableBaseline(absolute, setting, String.valueOf(e)), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(RatchetMessages.unreadableBaseline(absolute, setting, e.getMessage()), e);
        }
    }

    /** How this run compares with the baseline. */
    public Delta compare(Report current) {
        return Delta.of(report, current);
    }
}
