package dev.invariants.junit.internal.expr.differential;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-written corpus: {@code context | expression} per line, the context being a method of
 * {@link Contexts}, or {@code !context | expression} for an expression outside the invariant language
 * (ours must reject it whatever javac says); {@code # == section ==} headers group the lines by construct,
 * other {@code #} lines are comments.
 */
final class Corpus {

    static final String RESOURCE = "/expr-differential/corpus.txt";

    private static final Pattern LINE = Pattern.compile("(!?)(\\w+)\\s*\\|\\s?(.*)");
    private static final Pattern SECTION = Pattern.compile("#\\s*==\\s*(.*?)\\s*==\\s*");

    private Corpus() {}

    static List<Case> load() {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = Corpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "(none)";
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                Matcher header = SECTION.matcher(line.trim());
                if (header.matches()) {
                    section = header.group(1);
                    continue;
                }
                if (line.isBlank() || line.trim().startsWith("#")) {
                    continue;
                }
                Matcher entry = LINE.matcher(line.trim());
                if (!entry.matches()) {
                    throw new IllegalStateException(RESOURCE + ":" + number + " is not 'context | expression': " + line);
                }
                Contexts.method(entry.group(2));
                cases.add(new Case("corpus.txt:" + number, section, entry.group(2), entry.group(3).trim(),
                        !entry.group(1).isEmpty()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }
}
