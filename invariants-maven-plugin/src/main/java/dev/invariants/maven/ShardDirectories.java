package dev.invariants.maven;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The report directories a sharded build left, one per machine, as {@code report}'s {@code mergeDirectories}
 * names them: directories, or globs ({@code shards/*}) that match directories. A glob that matches nothing, like a
 * listed directory that does not exist or holds no report, fails the merge ({@link Reports#shards}).
 */
final class ShardDirectories {

    private ShardDirectories() {}

    /**
     * @param basedir relative entries are resolved against it (the project's directory)
     * @param entries  as the user wrote them
     * @param problems where a glob that matches nothing is named
     * @return the directories, in the order written, each glob's matches sorted
     */
    static List<Path> resolve(Path basedir, List<String> entries, List<String> problems) throws MojoExecutionException {
        List<Path> dirs = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            if (isGlob(entry)) {
                List<Path> matches = matches(basedir, entry);
                if (matches.isEmpty()) {
                    problems.add(GoalMessages.globMatchesNothing(entry, basedir));
                }
                dirs.addAll(matches);
            } else {
                // whether it exists is for the merge to say, with every other directory that cannot be merged
                dirs.add(basedir.resolve(entry).toAbsolutePath().normalize());
            }
        }
        return dirs;
    }

    private static boolean isGlob(String entry) {
        return entry.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** The directories the glob matches: walked from its last segment without a wildcard, as deep as it reaches. */
    private static List<Path> matches(Path basedir, String glob) throws MojoExecutionException {
        String pattern = glob.replace('\\', '/');
        String[] segments = pattern.split("/");
        Path root = Path.of(pattern).isAbsolute() ? Path.of("/") : basedir.toAbsolutePath().normalize();
        int fixed = 0;
        while (fixed < segments.length && !isGlob(segments[fixed])) {
            root = root.resolve(segments[fixed]);
            fixed++;
        }
        boolean anyDepth = pattern.contains("**");
        int depth = anyDepth ? Integer.MAX_VALUE : segments.length - fixed;
        String absolute = (root.toString().endsWith("/") ? root.toString() : root + "/")
                + String.join("/", java.util.Arrays.copyOfRange(segments, fixed, segments.length));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + absolute);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root, depth)) {
            return walk.filter(Files::isDirectory).filter(matcher::matches).map(Path::normalize).sorted().toList();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list " + root + " for mergeDirectories [" + glob + "]: " + e.getMessage(), e);
        }
    }
}
