package dev.invariants.report.internal.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code invariants.json} and {@code index.html} a session finds when it starts recording. Those of
 * another build are removed then, so that a JVM that never publishes (killed, {@code System.exit} past the
 * time its exit hook has) does not leave an earlier build's report in place looking like this build's.
 * A report of another build whose JVMs still run is that build's current one and is kept.
 */
public final class PreviousReport {

    private static final Pattern JSON_BUILD = Pattern.compile("\"build\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern HTML_BUILD = Pattern.compile("<p class=\"meta\">build ([^ <]*)");

    private PreviousReport() {}

    /**
     * Removes the report in {@code dir} unless it belongs to {@code build} or to a build still running.
     *
     * @return whether a report was removed
     */
    public static boolean retire(Path dir, String build) throws IOException {
        Path json = dir.resolve("invariants.json");
        Path html = dir.resolve("index.html");
        Optional<String> owner = buildIn(json, JSON_BUILD).or(() -> buildIn(html, HTML_BUILD));
        if (owner.isEmpty() && !Files.exists(json) && !Files.exists(html)) {
            return false;
        }
        if (owner.isPresent() && owner.get().equals(build)) {
            return false;
        }
        Path parts = dir.resolve("parts");
        if (owner.isPresent() && Files.isDirectory(parts) && PartLiveness.stillRunning(parts, owner.get()) > 0) {
            return false;
        }
        boolean removed = Files.deleteIfExists(json);
        return Files.deleteIfExists(html) || removed;
    }

    /** The build id near the start of a report file: the writers put it among the first fields. */
    private static Optional<String> buildIn(Path file, Pattern pattern) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        char[] head = new char[8192];
        int read;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read = Math.max(0, in.read(head));
        } catch (IOException e) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(new String(head, 0, read));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
