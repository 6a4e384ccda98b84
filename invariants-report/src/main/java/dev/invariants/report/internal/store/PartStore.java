package dev.invariants.report.internal.store;

import dev.invariants.report.Report;
import dev.invariants.report.ReportReader;
import dev.invariants.report.ReportTest;
import dev.invariants.report.internal.merge.Merge;
import dev.invariants.report.internal.write.HtmlReport;
import dev.invariants.report.internal.write.ReportJsonWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The report directory shared by every JVM of a build:
 * <pre>
 * invariants.json, index.html          the merged report of this build
 * parts/BUILD--PART.json               one per finished JVM session, written atomically
 * parts/BUILD--PART.running            held locked while that session runs
 * parts/.lock                          serialises merging across JVMs
 * </pre>
 * Every file is written to a temporary name and moved into place atomically, so a JVM killed half-way
 * leaves nothing half-written that a reader would take for a report.
 */
public final class PartStore {

    private static final String PARTS = "parts";
    static final String SEPARATOR = "--";
    // FileChannel locks are held per process: two sessions of one JVM must take turns here first.
    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

    private final Path dir;
    private final Consumer<String> warnings;

    public PartStore(Path dir, Consumer<String> warnings) {
        this.dir = dir;
        this.warnings = warnings;
    }

    public Path dir() {
        return dir;
    }

    public Path reportFile() {
        return dir.resolve("invariants.json");
    }

    public Path htmlFile() {
        return dir.resolve("index.html");
    }

    /** Marks a session as running until the returned marker is closed; other JVMs then defer the gate. */
    public Running running(String build, String part) throws IOException {
        Path parts = Files.createDirectories(dir.resolve(PARTS));
        Path marker = parts.resolve(build + SEPARATOR + part + ".running");
        FileChannel channel = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        return new Running(marker, channel, lock);
    }

    /** A running session's marker. */
    public static final class Running implements AutoCloseable {
        private final Path marker;
        private final FileChannel channel;
        private final FileLock lock;

        Running(Path marker, FileChannel channel, FileLock lock) {
            this.marker = marker;
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() throws IOException {
            try {
                if (lock != null) {
                    lock.release();
                }
                channel.close();
            } finally {
                Files.deleteIfExists(marker);
            }
        }
    }

    /**
     * What {@link #publish} found: the merged report and how many other JVMs of the build are still running.
     *
     * @param merged       this build's report, every finished part included
     * @param stillRunning sessions of this build in other JVMs that have not finished yet
     */
    public record Published(Report merged, int stillRunning) {}

    /**
     * Under the lock: writes this JVM's part, drops the parts of other builds that have ended, merges this build's
     * parts and writes {@code invariants.json} and {@code index.html}.
     */
    public Published publish(Report part, String partName, Running running) throws IOException {
        return publish(part, partName, running, false);
    }

    /**
     * As {@link #publish(Report, String, Running)}; with {@code onlyThisSessionOfThisJvm}, the parts earlier
     * sessions of this JVM wrote are left out of the merge (kept on disk): they are earlier runs, not other
     * JVMs of this one. Callers pass it for derived build ids; an id the user set merges what it names.
     */
    public Published publish(Report part, String partName, Running running, boolean onlyThisSessionOfThisJvm)
            throws IOException {
        return publish(part, partName, running, onlyThisSessionOfThisJvm, java.util.function.UnaryOperator.identity());
    }

    /**
     * As {@link #publish(Report, String, Running, boolean)}; when no other JVM of the build still runs, the merged
     * report passes through {@code judge} before it is written (the ratchet adds its comparison with the baseline),
     * so that the last JVM's files, console and gate all read the same judged report.
     */
    public Published publish(Report part, String partName, Running running, boolean onlyThisSessionOfThisJvm,
            java.util.function.UnaryOperator<Report> judge) throws IOException {
        Path parts = Files.createDirectories(dir.resolve(PARTS));
        IN_THIS_JVM.lock();
        try (FileChannel lockChannel = FileChannel.open(parts.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = lockChannel.lock()) {
            Path own = parts.resolve(part.build() + SEPARATOR + partName + ".json");
            String partJson = ReportJsonWriter.write(part);
            writeAtomically(own, partJson);
            if (running != null) {
                running.close();
            }
            removeOtherBuilds(parts, part.build());
            List<Report> found = readParts(parts, part.build(), own, part, onlyThisSessionOfThisJvm);
            Report merged = Merge.merge(part.build(), found)
                    .withMissing(PartLiveness.crashed(parts, part.build()));
            int stillRunning = PartLiveness.stillRunning(parts, part.build());
            if (stillRunning == 0) {
                merged = judge.apply(merged);
            }
            // A build of one JVM merges to its own part: its text is written once, not twice.
            writeReport(merged, merged.equals(part) ? partJson : ReportJsonWriter.write(merged));
            return new Published(merged, stillRunning);
        } finally {
            IN_THIS_JVM.unlock();
        }
    }

    /**
     * Merges the parts of the newest build found (the one whose part was written last), for tools that
     * run after the tests in another process (the Maven plugin). Empty when there are no parts.
     */
    public java.util.Optional<Report> mergeNewestBuild() throws IOException {
        Path parts = dir.resolve(PARTS);
        if (!Files.isDirectory(parts)) {
            return java.util.Optional.empty();
        }
        IN_THIS_JVM.lock();
        try (FileChannel lockChannel = FileChannel.open(parts.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = lockChannel.lock()) {
            java.util.Optional<Path> newest = partFiles(parts).max(Comparator.comparing(PartStore::modified));
            if (newest.isEmpty()) {
                return java.util.Optional.empty();
            }
            String build = buildOf(newest.get());
            return java.util.Optional.of(Merge.merge(build, readParts(parts, build, null, null, false))
                    .withMissing(PartLiveness.crashed(parts, build)));
        } finally {
            IN_THIS_JVM.unlock();
        }
    }

    /** Writes {@code invariants.json} and {@code index.html}, each atomically. */
    public void writeReport(Report report) throws IOException {
        writeReport(report, ReportJsonWriter.write(report));
    }

    private void writeReport(Report report, String json) throws IOException {
        Files.createDirectories(dir);
        writeAtomically(reportFile(), json);
        writeAtomically(htmlFile(), HtmlReport.render(report));
    }

    /**
     * This build's parts. Where a later part ran a test an earlier one also ran, the earlier part is
     * from a previous run of the same long-lived build process (an IDE, a daemon) and is dropped.
     * {@code ownFile}, just written from {@code own}, is taken as it is rather than read back.
     */
    private List<Report> readParts(Path parts, String build, Path ownFile, Report own, boolean onlyThisSessionOfThisJvm)
            throws IOException {
        String thisJvm = build + SEPARATOR + "pid" + ProcessHandle.current().pid() + "-";
        List<Path> files;
        try (Stream<Path> stream = partFiles(parts)) {
            files = stream.filter(p -> buildOf(p).equals(build))
                    .filter(p -> !onlyThisSessionOfThisJvm || p.equals(ownFile) || !p.getFileName().toString().startsWith(thisJvm))
                    .sorted(Comparator.comparing(PartStore::modified).reversed().thenComparing(Path::toString)).toList();
        }
        Map<Path, Report> kept = new LinkedHashMap<>();
        Set<String> testsSeen = new HashSet<>();
        for (Path file : files) {
            Report report;
            try {
                report = file.equals(ownFile) ? own : ReportReader.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException | IOException e) {
                warnings.accept("ignoring the report part " + file + ", which cannot be read: " + e.getMessage());
                continue;
            }
            List<String> ids = report.tests().stream().map(ReportTest::id).toList();
            if (ids.stream().anyMatch(testsSeen::contains)) {
                Files.deleteIfExists(file);
                continue;
            }
            testsSeen.addAll(ids);
            kept.put(file, report);
        }
        List<Report> oldestFirst = new ArrayList<>(kept.values());
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /**
     * Deletes what earlier builds left. Another build that is still running (its build process is alive, or
     * one of its JVMs holds its marker) is left alone: its parts are its own to merge.
     */
    private void removeOtherBuilds(Path parts, String build) throws IOException {
        Map<String, List<Path>> others = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(parts)) {
            files.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !buildOf(p).equals(build))
                    .forEach(p -> others.computeIfAbsent(buildOf(p), k -> new ArrayList<>()).add(p));
        }
        for (Map.Entry<String, List<Path>> other : others.entrySet()) {
            boolean running = BuildId.isRunning(other.getKey()) || other.getValue().stream()
                    .anyMatch(p -> p.toString().endsWith(".running") && PartLiveness.isHeldByAnotherProcess(p));
            if (!running) {
                for (Path file : other.getValue()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static Stream<Path> partFiles(Path parts) throws IOException {
        return Files.list(parts).filter(p -> p.getFileName().toString().endsWith(".json"))
                .filter(p -> p.getFileName().toString().contains(SEPARATOR));
    }

    static String buildOf(Path file) {
        String name = file.getFileName().toString();
        int separator = name.indexOf(SEPARATOR);
        return separator < 0 ? name : name.substring(0, separator);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Thread.currentThread().getId() + ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // A full disk: the previous file stays whole, and no half-written temporary is left to fill it further.
            Files.deleteIfExists(temp);
            throw e;
        }
    }
}
