package dev.invariants.junit.internal.expr.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.invariants.junit.spi.syntax.ExpressionError;
import dev.invariants.junit.internal.expr.syntax.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Our expression compiler against javac: every expression of the corpus and of the generator is
 * compiled by both in the same context and evaluated on the same {@link Inputs#COUNT} inputs; any
 * difference (a value, an exception, one compiling what the other rejects) fails the test, listed in
 * full in {@code target/expr-differential/report.txt}. {@code -Ddifftest.seed} and
 * {@code -Ddifftest.generated} change the generated expressions (docs/expression-differential.md).
 */
class JavacDifferentialTests {

    static final long SEED = Long.getLong("difftest.seed", 42);
    static final int GENERATED = Integer.getInteger("difftest.generated", 600);
    static final int MAX_DEPTH = 4;

    @Test
    @DisplayName("should parse what javac parses and compiles, and reject as a syntax error what javac cannot parse")
    void parsesAsJavacParses() {
        List<Case> cases = new ArrayList<>(Corpus.load());
        cases.addAll(ExpressionGenerator.generate(GENERATED, SEED, MAX_DEPTH));
        cases.removeIf(Case::outside);

        Map<Case, String> javac = new JavacSide().syntaxErrors(cases);

        List<String> disagreements = new ArrayList<>();
        for (Case each : cases) {
            String ours = parse(each.expression());
            // Ours may stop at the parser what javac rejects only later (`--1`, an assignment): a rejection either way.
            boolean rejectedLater = each.section().startsWith("rejected");
            if (ours == null && javac.containsKey(each) || ours != null && !javac.containsKey(each) && !rejectedLater) {
                disagreements.add(each + "\n      javac: " + (javac.containsKey(each) ? javac.get(each) : "parses")
                        + "\n      ours: " + (ours == null ? "parses" : ours));
            }
        }
        assertThat(javac).isNotEmpty();
        assertThat(disagreements)
                .withFailMessage(() -> "our parser disagrees with javac's on " + disagreements.size() + " of " + cases.size()
                        + " expressions:\n" + String.join("\n", disagreements))
                .isEmpty();
    }

    /** Null when our parser takes the expression, else why not. */
    private static String parse(String expression) {
        try {
            Parser.parse(expression);
            return null;
        } catch (ExpressionError e) {
            return e.getMessage() + " at " + e.start() + ".." + e.end();
        } catch (RuntimeException | StackOverflowError e) {
            return "crashes: " + e;
        }
    }

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DisplayName("should compile and evaluate every corpus and generated expression as javac does")
    void agreesWithJavac() throws IOException {
        List<Case> cases = new ArrayList<>(Corpus.load());
        cases.addAll(ExpressionGenerator.generate(GENERATED, SEED, MAX_DEPTH));

        Findings findings = DifferentialRun.run(cases, new JavacSide(), new OursSide());

        String summary = findings.summary("javac", "ours");
        Path report = Path.of("target", "expr-differential", "report.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + "\n" + findings.listing("javac", "ours", -1), StandardCharsets.UTF_8);
        System.out.println("javac differential (seed " + SEED + "): " + summary);
        assertThat(findings.evaluations).isGreaterThanOrEqualTo((long) findings.evaluatedExpressions * Inputs.COUNT);
        assertThat(findings.disagreements)
                .withFailMessage(() -> "ours disagrees with javac on " + findings.disagreeingExpressions() + " expressions ("
                        + findings.disagreements.size() + " disagreements, all in " + report.toAbsolutePath() + ")\n" + summary
                        + "\n" + findings.listing("javac", "ours", 3))
                .isEmpty();
    }
}
