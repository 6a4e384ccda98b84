package dev.invariants.report.internal.ratchet;

import dev.invariants.report.BaselineDelta;
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

    /**
     * How this run compares with the baseline.
     *
     * @param setting how the user named the baseline, kept in the delta for messages and the page
     */
    public BaselineDelta compare(Report current, String setting) {
        return Delta.of(report, current, file, setting);
    }

    /** {@code current} with its comparison with this baseline, as it is written, shown and gated. */
    public Report judge(Report current, String setting) {
        return current.withBaseline(compare(current, setting));
    }

    /**
     * {@code report} compared again with the baseline it carries, for a report rebuilt from its parts (the plugin's
     * {@code report} goal rewrites what the session wrote); unchanged when it carries none, or when the file can no
     * longer be read (then {@code warnings} says so and the section is dropped rather than left stale).
     */
    public static Report again(Report report, BaselineDelta earlier, java.util.function.Consumer<String> warnings) {
        if (earlier == null) {
            return report;
        }
        try {
            return read(Path.of(earlier.file()), earlier.setting()).judge(report, earlier.setting());
        } catch (IllegalArgumentException e) {
            warnings.accept(e.getMessage() + "; the report is written without its comparison with the baseline");
            return report.withBaseline(null);
        }
    }
}
