package dev.invariants.junit.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium, to see a page as a browser renders it. Found on the PATH, or at
 * {@code INVARIANTS_CHROMIUM}. Where it is missing the test is skipped with a message saying how to
 * get it, except in CI ({@code CI=true}), where a missing browser fails the test: CI installs it.
 */
final class Chromium {

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    static Chromium require() {
        Optional<Path> found = find();
        String how = "headless Chromium is not installed: apt-get update && apt-get install -y chromium "
                + "(Debian's package), or set INVARIANTS_CHROMIUM to a Chromium binary";
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must not skip the browser test; .ci/run installs it. " + how);
        }
        assumeTrue(found.isPresent(), how);
        return new Chromium(found.get());
    }

    /** The DOM after the page's scripts ran. */
    String dumpDom(String url) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", url));
    }

    /**
     * Opens the page in a frame of a harness page written next to it, runs {@code script} there once the page
     * loaded (with {@code page}, the frame's window, and {@code done(text)} to hand back a result), and returns
     * the text handed back. Clicks and typing run as a user's would: the page's own handlers react.
     */
    String inFrame(Path page, String fragment, String script) throws IOException, InterruptedException {
        Path harness = page.resolveSibling("harness-" + System.nanoTime() + ".html");
        Files.writeString(harness, "<!DOCTYPE html><html><body style=\"margin:0\"><pre id=\"result\">pending</pre>"
                + "<iframe id=\"frame\" style=\"width:1280px;height:720px;border:0\" src=\""
                + page.getFileName() + fragment.replace("\"", "%22") + "\"></iframe><script>\n"
                + "function done(text) { document.getElementById('result').textContent = String(text); }\n"
                + "document.getElementById('frame').onload = function () { var page = this.contentWindow;\n"
                + "try {\n" + script + "\n} catch (e) { done('error: ' + e); } };\n</script></body></html>",
                StandardCharsets.UTF_8);
        String dom = run(List.of("--allow-file-access-from-files", "--window-size=1300,1000",
                "--virtual-time-budget=5000", "--dump-dom", harness.toUri().toString()));
        int start = dom.indexOf("<pre id=\"result\">") + "<pre id=\"result\">".length();
        String text = dom.substring(start, dom.indexOf("</pre>", start));
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", "\u00a0")
                .replace("&amp;", "&");
    }

    void screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
        run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", url));
        assertThat(png).isRegularFile();
    }

    private String run(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + profile));
        command.addAll(arguments);
        Path out = Files.createTempFile("chromium", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 60 s: " + command);
        }
        assertThat(process.exitValue()).as("exit code of %s", command).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static Optional<Path> find() {
        String configured = System.getenv("INVARIANTS_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser", "google-chrome").map(n -> Path.of(dir, n)))
                .filter(Files::isExecutable).findFirst();
    }
}
